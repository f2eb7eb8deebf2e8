package io.datasieve.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.validator.routines.InetAddressValidator;
import org.junit.jupiter.api.Test;

/**
 * The char-level IPv6 syntax against commons-validator, and the {@link IpAddressDetector} against
 * its predecessor ({@link LegacyIpAddressDetector}) on generated values: dotted quads in and out of
 * range, with leading zeros, five parts, glued letters and ports; IPv6 addresses full, compressed,
 * with an embedded dotted quad, and broken ones (two {@code ::}, lone end colons, five hex digits,
 * nine groups); times, MAC addresses, versions and context words, under IP, version and other field
 * names.
 */
class IpAddressEquivalenceTest {
  private static final InetAddressValidator INET = InetAddressValidator.getInstance();
  private static final String HEX_ALPHABET = "0123456789abcdefABCDEF::::..";

  private static String octet(Random r) {
    return switch (r.nextInt(10)) {
      case 0 -> Integer.toString(250 + r.nextInt(10));
      case 1 -> "0" + r.nextInt(10);
      case 2 -> Integer.toString(r.nextInt(1000));
      case 3 -> "0";
      default -> Integer.toString(r.nextInt(256));
    };
  }

  private static String quad(Random r) {
    String q = switch (r.nextInt(12)) {
      case 0 -> "127." + octet(r) + "." + octet(r) + "." + octet(r);
      case 1 -> r.nextBoolean() ? "0.0.0.0" : "255.255.255.255";
      case 2 -> (r.nextBoolean() ? "192.0.2." : r.nextBoolean() ? "198.51.100." : "203.0.113.") + octet(r);
      case 3 -> octet(r) + "." + octet(r) + "." + octet(r);
      case 4 -> octet(r) + "." + octet(r) + "." + octet(r) + "." + octet(r) + "." + octet(r);
      default -> octet(r) + "." + octet(r) + "." + octet(r) + "." + octet(r);
    };
    return q;
  }

  private static String group(Random r) {
    int len = r.nextInt(12) == 0 ? 5 : 1 + r.nextInt(4);
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < len; k++) {
      b.append("0123456789abcdefABCDEF".charAt(r.nextInt(r.nextInt(6) == 0 ? 22 : 16)));
    }
    if (r.nextInt(40) == 0) {
      b.setCharAt(r.nextInt(b.length()), "gxz.".charAt(r.nextInt(4)));
    }
    return b.toString();
  }

  private static String ipv6(Random r) {
    int groups = r.nextInt(10);
    StringBuilder b = new StringBuilder();
    int compressAt = r.nextInt(3) == 0 ? -1 : r.nextInt(groups + 1);
    for (int g = 0; g <= groups; g++) {
      if (g == compressAt) {
        b.append(r.nextInt(20) == 0 ? ":::" : "::");
      } else if (g > 0 && b.length() > 0 && b.charAt(b.length() - 1) != ':') {
        b.append(':');
      }
      if (g < groups) {
        b.append(g == groups - 1 && r.nextInt(5) == 0 ? quad(r) : group(r));
      }
    }
    if (r.nextInt(8) == 0) {
      b.insert(0, r.nextBoolean() ? "2001:db8:" : r.nextBoolean() ? "2001:DB8:" : ":");
    }
    if (r.nextInt(8) == 0) {
      b.append(r.nextBoolean() ? "::" : r.nextBoolean() ? ":" : "::1");
    }
    return r.nextInt(30) == 0 ? "::1" : b.toString();
  }

  private static String randomHex(Random r) {
    StringBuilder b = new StringBuilder();
    for (int k = r.nextInt(40); k >= 0; k--) {
      b.append(HEX_ALPHABET.charAt(r.nextInt(HEX_ALPHABET.length())));
    }
    return b.toString();
  }

  @Test
  void ipv6SyntaxIsCommonsValidators() {
    Random r = new Random(61);
    int valid = 0;
    for (int k = 0; k < 300_000; k++) {
      String s = switch (r.nextInt(3)) {
        case 0 -> randomHex(r);
        default -> ipv6(r);
      };
      boolean expected = INET.isValidInet6Address(s);
      assertEquals(expected, Ipv6Syntax.isValid(s, 0, s.length()), s);
      String padded = "x " + s + " y";
      assertEquals(expected, Ipv6Syntax.isValid(padded, 2, 2 + s.length()), padded);
      if (expected) {
        valid++;
      }
    }
    assertTrue(valid > 20_000, "the generator should produce many valid addresses, produced " + valid);
  }

  @Test
  void dottedQuadsAreCommonsValidators() {
    Random r = new Random(62);
    for (int k = 0; k < 100_000; k++) {
      String s = r.nextBoolean() ? quad(r) : randomHex(r);
      assertEquals(INET.isValidInet4Address(s), Ipv6Syntax.isDottedQuad(s, 0, s.length()), s);
    }
  }

  private static final String[] FIELDS = {"ip", "ip_address", "remote_addr", "host", "app_version", "build", "notes", ""};
  private static final String[] WORDS = {
    "from", "client", "host", "ip", "IP:", "version", "v", "ver.", "app", "upgraded to", "release", "at", "the",
    "login", "failed", "10:30:45", "00:1A:2B:3C:4D:5E", "std::vector", "a::b", "OID", "1.3.6.1.4.1.343",
    "2020-04-19T20:24:05Z", "price", "1.50", "é", "日本", "٣", "-", "_", "/24", ":8443", "(", ")", "[", "]"
  };

  private static String value(Random r) {
    StringBuilder b = new StringBuilder();
    for (int p = r.nextInt(5); p >= 0; p--) {
      if (b.length() > 0) {
        b.append(" .,:;-_/[(".charAt(r.nextInt(r.nextInt(3) == 0 ? 10 : 1)));
      }
      b.append(switch (r.nextInt(4)) {
        case 0 -> WORDS[r.nextInt(WORDS.length)];
        case 1 -> ipv6(r);
        default -> quad(r);
      });
      if (r.nextInt(8) == 0) {
        b.append("a.:5x".charAt(r.nextInt(5)));
      }
    }
    return b.toString();
  }

  @Test
  void sameMatchesAsTheValidatorVersion() {
    LegacyIpAddressDetector oracle = new LegacyIpAddressDetector();
    IpAddressDetector detector = new IpAddressDetector();
    Random r = new Random(63);
    int matches = 0;
    for (int k = 0; k < 60_000; k++) {
      matches += OracleRun.assertSame(oracle, detector, FIELDS[r.nextInt(FIELDS.length)], value(r));
    }
    assertTrue(matches > 20_000, "the generator should produce many addresses, produced " + matches);
  }
}
