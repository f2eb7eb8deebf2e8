package io.datasieve.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import org.apache.commons.validator.routines.DomainValidator;
import org.junit.jupiter.api.Test;

/**
 * The in-place {@link EmailDetector} against its predecessor ({@link LegacyEmailDetector}) on
 * generated values: addresses with every local-part char, dots in every place, long local parts
 * and labels, hyphens at label ends, digits and mixed case in top-level domains, real and made-up
 * top-level domains, reserved example domains, density suffixes ({@code @2x.png}), git remotes,
 * URL credentials, npm scopes, double {@code @}, sentence punctuation and chars outside ASCII; and
 * {@link TopLevelDomains} against commons-validator.
 */
class EmailEquivalenceTest {
  private static final DomainValidator DOMAINS = DomainValidator.getInstance();
  private static final String LOCAL_CHARS = "abcxyzABCXYZ0189.!#$%&'*+/=?^_`{|}~-\"(),:;<>@[\\] éß";
  private static final String[] TLDS = {
    "com", "COM", "Com", "org", "net", "io", "co", "uk", "de", "fm", "legal", "png", "jpg", "notatld", "c", "x1", "c0m",
    "test", "example", "invalid", "localhost", "museum", "travelersinsurance", "xn--p1ai", "онлайн", "123", "a-b", "zz"
  };
  private static final String[] FIELDS = {"email", "e_mail", "contact_email", "notes", "html", ""};
  private static final String[] WORDS = {
    "email", "E-mail:", "mail", "contact", "mailto:", "write", "to", "at", "postgres://app:pw", "https://u:p", "git",
    "npm i", "@babel/core", "@jane_doe", "price 5@10.00", "icon@2x.png", "icon@3X.jpg", ":org/repo.git", ":22", "(", ")",
    ".", ",", "<a href=\"mailto:", "\">", "日本", "é"
  };

  private static String local(Random r) {
    StringBuilder b = new StringBuilder();
    int len = r.nextInt(20) == 0 ? 60 + r.nextInt(10) : 1 + r.nextInt(12);
    for (int k = 0; k < len; k++) {
      b.append(r.nextInt(3) == 0 ? LOCAL_CHARS.charAt(r.nextInt(LOCAL_CHARS.length())) : (char) ('a' + r.nextInt(26)));
    }
    return b.toString();
  }

  private static String label(Random r) {
    StringBuilder b = new StringBuilder();
    int len = r.nextInt(30) == 0 ? 62 + r.nextInt(3) : r.nextInt(25) == 0 ? 0 : 1 + r.nextInt(10);
    for (int k = 0; k < len; k++) {
      int c = r.nextInt(40);
      b.append(c < 26 ? (char) ('a' + c) : c < 36 ? (char) ('0' + c - 26) : c < 38 ? '-' : (char) ('A' + r.nextInt(26)));
    }
    return b.toString();
  }

  private static String address(Random r) {
    StringBuilder b = new StringBuilder(local(r)).append('@');
    switch (r.nextInt(8)) {
      case 0 -> b.append(r.nextBoolean() ? "example.com" : r.nextBoolean() ? "mail.EXAMPLE.org" : "notexample.net");
      case 1 -> b.append(r.nextInt(4)).append(r.nextBoolean() ? "x" : "X").append('.').append(TLDS[r.nextInt(TLDS.length)]);
      default -> {
        for (int l = r.nextInt(4); l >= 0; l--) {
          b.append(label(r)).append(r.nextInt(30) == 0 ? ".." : ".");
        }
        b.append(TLDS[r.nextInt(TLDS.length)]);
      }
    }
    if (r.nextInt(10) == 0) {
      b.append(".-:.,;".charAt(r.nextInt(6)));
    }
    return b.toString();
  }

  private static String value(Random r) {
    StringBuilder b = new StringBuilder();
    for (int p = r.nextInt(4); p >= 0; p--) {
      if (b.length() > 0 || r.nextInt(4) == 0) {
        b.append(r.nextInt(4) == 0 ? "(<:@/\"'".charAt(r.nextInt(7)) : ' ');
      }
      b.append(r.nextInt(3) == 0 ? WORDS[r.nextInt(WORDS.length)] : address(r));
    }
    return b.toString();
  }

  @Test
  void sameMatchesAsTheValidatorVersion() {
    LegacyEmailDetector oracle = new LegacyEmailDetector();
    EmailDetector detector = new EmailDetector();
    Random r = new Random(25);
    int matches = 0;
    for (int k = 0; k < 60_000; k++) {
      matches += OracleRun.assertSame(oracle, detector, FIELDS[r.nextInt(FIELDS.length)], value(r));
    }
    assertTrue(matches > 15_000, "the generator should produce many addresses, produced " + matches);
  }

  @Test
  void topLevelDomainsAreCommonsValidators() {
    TopLevelDomains tlds = TopLevelDomains.iana();
    assertTrue(tlds.size() > 1000, "IANA lists " + tlds.size());
    int known = 0;
    for (DomainValidator.ArrayType type : DomainValidator.ArrayType.values()) {
      for (String name : DomainValidator.getTLDEntries(type)) {
        for (String cased : new String[] {name, name.toUpperCase(Locale.ROOT), capitalise(name)}) {
          boolean expected = cased.chars().allMatch(c -> c < 128 && Character.isLetter(c))
              && DOMAINS.isValidTld(cased.toLowerCase(Locale.ROOT));
          String padded = "a@b." + cased + ".";
          assertEquals(expected, tlds.contains(padded, 4, 4 + cased.length()), cased);
          if (expected) {
            known++;
          }
        }
      }
    }
    assertTrue(known > 3000);
    // Every name of up to three letters, and longer made-up ones.
    StringBuilder b = new StringBuilder();
    for (int a = 0; a < 27; a++) {
      for (int c = 0; c < 26 * 26; c++) {
        b.setLength(0);
        if (a > 0) {
          b.append((char) ('a' + a - 1));
        }
        b.append((char) ('a' + c / 26)).append((char) ('A' + c % 26));
        String name = b.toString();
        assertEquals(DOMAINS.isValidTld(name.toLowerCase(Locale.ROOT)), tlds.contains(name, 0, name.length()), name);
      }
    }
    Random r = new Random(26);
    for (int k = 0; k < 20_000; k++) {
      b.setLength(0);
      for (int len = 4 + r.nextInt(10); len > 0; len--) {
        b.append((char) ('a' + r.nextInt(26)));
      }
      String name = b.toString();
      assertEquals(DOMAINS.isValidTld(name), tlds.contains(name, 0, name.length()), name);
    }
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
