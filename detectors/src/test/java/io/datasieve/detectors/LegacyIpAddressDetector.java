package io.datasieve.detectors;

import io.datasieve.spi.ValueAnalysis;
import io.datasieve.spi.FieldTrait;
import io.datasieve.spi.PhraseSet;
import io.datasieve.spi.AnalysisNeeds;
import io.datasieve.spi.AnalyzingDetector;
import io.datasieve.InfoType;
import io.datasieve.Severity;
import io.datasieve.spi.FieldPath;
import io.datasieve.spi.FieldValue;
import io.datasieve.spi.MatchSink;
import java.util.List;
import org.apache.commons.validator.routines.InetAddressValidator;

/**
 * The IpAddressDetector as it was before its char-level rewrite, kept unchanged as the oracle of
 * {@code IpAddressEquivalenceTest}: the rewrite must report exactly what this reports.
 */
final class LegacyIpAddressDetector extends AnalyzingDetector {
  /** The info type reported. */
  public static final InfoType IP_ADDRESS = new InfoType("IP_ADDRESS", "PII", "PII/IP Address", Severity.LOW);

  private static final InetAddressValidator INET = InetAddressValidator.getInstance();
  private static final FieldTrait IP_FIELD = FieldTrait.of("holds IP addresses", LegacyIpAddressDetector::fieldSaysIp);
  private static final FieldTrait VERSION_FIELD = FieldTrait.of("holds versions", LegacyIpAddressDetector::fieldSaysVersion);
  private static final PhraseSet NEARBY = PhraseSet.of("ip context",
      "ip", "ips", "ip address", "ipv4", "ipv6", "address", "host", "client", "server", "from", "remote", "addr", "src", "dst");
  private static final PhraseSet VERSION = PhraseSet.of("version context",
      "version", "ver", "v", "release", "build", "app", "sdk", "firmware", "os", "client version", "upgraded to");

  private static final AnalysisNeeds NEEDS = AnalysisNeeds.builder().phrases(NEARBY, VERSION).traits(IP_FIELD, VERSION_FIELD).build();

  @Override
  public AnalysisNeeds needs() {
    return NEEDS;
  }

  @Override
  public String id() {
    return "ip-address";
  }

  @Override
  public List<InfoType> infoTypes() {
    return List.of(IP_ADDRESS);
  }

  @Override
  public void detect(ValueAnalysis value, MatchSink sink) {
    String s = value.text();
    if (value.digitTokenCount() == 0 && s.indexOf(':') < 0) {
      return; // an IPv4 address has numbers, an IPv6 address colons
    }
    int n = s.length();
    int firstColon = s.indexOf(':');
    if (firstColon < 0 || s.indexOf(':', firstColon + 1) < 0) {
      // No IPv6 address without two colons: visit the digits only, for IPv4.
      for (int i = value.nextDigit(0); i >= 0; ) {
        int end = i == 0 || !isTokenChar(s.charAt(i - 1)) ? ipv4End(s, i) : -1;
        if (end > 0) {
          report(value, sink, s, i, end, false);
        }
        i = end > 0 ? value.nextDigit(end) : value.nextDigit(i + 1);
      }
      return;
    }
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      boolean startOfToken = i == 0 || !isTokenChar(s.charAt(i - 1));
      if (startOfToken && isDigit(c)) {
        int end = ipv4End(s, i);
        if (end > 0) {
          report(value, sink, s, i, end, false);
          i = end;
          continue;
        }
      }
      if (startOfToken && (isHex(c) || c == ':')) {
        int end = i;
        int colons = 0;
        int hex = 0;
        while (end < n && (isHex(s.charAt(end)) || s.charAt(end) == ':' || s.charAt(end) == '.')) {
          char d = s.charAt(end);
          if (d == ':') {
            colons++;
          } else if (d != '.') {
            hex++;
          }
          end++;
        }
        if (colons >= 2 && hex >= 4 && (end == n || !isTokenChar(s.charAt(end)))
            && INET.isValidInet6Address(s.substring(i, end))) {
          report(value, sink, s, i, end, true);
          i = end;
          continue;
        }
        i = Math.max(i + 1, end);
        continue;
      }
      i++;
    }
  }

  private void report(ValueAnalysis value, MatchSink sink, String s, int start, int end, boolean v6) {
    String text = s.substring(start, end);
    boolean special = !v6 && (text.startsWith("127.") || text.equals("0.0.0.0") || text.equals("255.255.255.255")
        || text.startsWith("192.0.2.") || text.startsWith("198.51.100.") || text.startsWith("203.0.113."))
        || v6 && (text.equals("::1") || text.toLowerCase(java.util.Locale.ROOT).startsWith("2001:db8:"));
    boolean version = !v6 && (value.near(VERSION, start, end, ContextWindow.LABEL, 0) || value.has(VERSION_FIELD));
    boolean context = value.has(IP_FIELD) || value.near(NEARBY, start, end, ContextWindow.CLAUSE, 0);
    double confidence;
    String why;
    if (special) {
      confidence = 0.3;
      why = "loopback, broadcast or documentation range";
    } else if (version) {
      confidence = 0.2;
      why = "a version number (version word or field)";
    } else {
      confidence = context ? 0.95 : 0.8;
      why = (v6 ? "valid IPv6" : "four octets 0-255") + (context ? "; context" : "");
    }
    sink.match(IP_ADDRESS, start, end, confidence, why);
  }

  /** End of a standalone dotted quad starting at {@code i}, or -1. */
  static int ipv4End(String s, int i) {
    int n = s.length();
    int j = i;
    for (int octet = 0; octet < 4; octet++) {
      int start = j;
      int v = 0;
      while (j < n && isDigit(s.charAt(j)) && j - start < 4) {
        v = v * 10 + (s.charAt(j) - '0');
        j++;
      }
      int len = j - start;
      if (len == 0 || len > 3 || v > 255 || len > 1 && s.charAt(start) == '0') {
        return -1;
      }
      if (octet < 3) {
        if (j >= n || s.charAt(j) != '.') {
          return -1;
        }
        j++;
      }
    }
    if (j < n) {
      char q = s.charAt(j);
      if (Character.isLetterOrDigit(q) || q == '.' && j + 1 < n && isDigit(s.charAt(j + 1))) {
        return -1; // 1.2.3.4.5, 1.2.3.4a
      }
    }
    return j;
  }

  private static boolean isTokenChar(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == ':' || c == '_' || c == '-';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHex(char c) {
    return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }

  static boolean fieldSaysVersion(FieldPath field) {
    return field.hasWord("version") || field.hasWord("ver") || field.hasWord("build") || field.hasWord("release")
        || field.hasWord("firmware");
  }

  static boolean fieldSaysIp(FieldPath field) {
    return field.hasWord("ip") || field.hasWord("ipv4") || field.hasWord("ipv6") || field.hasPhrase("remote", "addr")
        || field.hasWord("ipaddress") || field.hasPhrase("client", "address") || field.hasWord("host");
  }
}
