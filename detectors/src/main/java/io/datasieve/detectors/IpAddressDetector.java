package io.datasieve.detectors;

import static io.datasieve.detectors.Words.isDigit;
import static io.datasieve.detectors.Words.letterOrDigit;

import io.datasieve.spi.ValueAnalysis;
import io.datasieve.spi.FieldTrait;
import io.datasieve.spi.PhraseSet;
import io.datasieve.spi.AnalysisNeeds;
import io.datasieve.spi.AnalyzingDetector;
import io.datasieve.InfoType;
import io.datasieve.Severity;
import io.datasieve.spi.MatchSink;
import java.util.List;

/**
 * IP addresses. IPv4: four decimal octets 0-255 without leading zeros, standing alone (not a
 * version string {@code 1.2.3.4.5}, an OID, a dotted date); "version"/"v" right before it lowers
 * confidence; loopback, unspecified, broadcast and the documentation ranges (192.0.2.0/24,
 * 198.51.100.0/24, 203.0.113.0/24) are not about a person and stay under the default minimum.
 * IPv6: a run of hex digits and colons with at least two colons and four hex digits, validated by
 * {@link Ipv6Syntax} ({@code 10:30:00} and MAC addresses are not addresses).
 *
 * <p>Speed: a value without two colons is looked at only if it has three dots, and then only at its
 * digit tokens; octets and IPv6 groups are checked by arithmetic on chars; the field name and the
 * nearby words are asked only when the confidence depends on them.
 */
public final class IpAddressDetector extends AnalyzingDetector {
  /** The detector's id. */
  static final String ID = "ip-address";

  /** The info type reported. */
  public static final InfoType IP_ADDRESS = new InfoType("IP_ADDRESS", "PII", "PII/IP Address", Severity.LOW);

  private static final FieldTrait IP_FIELD = PiiWords.fieldWords(ID, "fieldWords", "holds IP addresses");
  private static final FieldTrait VERSION_FIELD = PiiWords.fieldWords(ID, "versionFieldWords", "holds versions");
  private static final PhraseSet NEARBY = PiiWords.phrases(ID, "context", "ip context");
  private static final PhraseSet VERSION = PiiWords.phrases(ID, "versionContext", "version context");
  private static final PhraseGate NEARBY_GATE = PhraseGate.of(NEARBY);
  private static final PhraseGate VERSION_GATE = PhraseGate.of(VERSION);

  private static final AnalysisNeeds NEEDS = AnalysisNeeds.builder().phrases(NEARBY, VERSION).traits(IP_FIELD, VERSION_FIELD).build();

  @Override
  public AnalysisNeeds needs() {
    return NEEDS;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<InfoType> infoTypes() {
    return List.of(IP_ADDRESS);
  }

  @Override
  public void detect(ValueAnalysis value, MatchSink sink) {
    String s = value.text();
    int firstColon = s.indexOf(':');
    if (firstColon < 0 || s.indexOf(':', firstColon + 1) < 0) {
      // No IPv6 address without two colons, and no IPv4 address without three dots.
      int dot = s.indexOf('.');
      if (dot < 0 || (dot = s.indexOf('.', dot + 1)) < 0 || s.indexOf('.', dot + 1) < 0) {
        return;
      }
      // A dotted quad starts a token of 1-3 ASCII digits (a DIGITS token, since a dot follows)
      // that no other token char precedes: visit those tokens only.
      int next = 0;
      for (int k = 0, count = value.digitTokenCount(); k < count; k++) {
        int t = value.digitToken(k);
        int i = value.tokenStart(t);
        if (i < next || value.tokenEnd(t) - i > 3 || i > 0 && isTokenChar(s.charAt(i - 1))) {
          continue;
        }
        int end = ipv4End(s, i);
        if (end > 0) {
          report(value, sink, s, i, end, false);
          next = end;
        }
      }
      return;
    }
    // Two colons: IPv6 too. Only a position that starts a token (no token char before it) can
    // start an address, and every such position holds a letter or digit that starts one of the
    // analysis's tokens, or a colon: those are visited in order, the chars between them unread.
    int n = s.length();
    int next = 0; // past the last address or run looked at
    int colon = firstColon;
    for (int t = 0, tokens = value.tokenCount(); ; t++) {
      int tokenStart = t < tokens ? value.tokenStart(t) : n;
      for (; colon >= 0 && colon < tokenStart; colon = s.indexOf(':', colon + 1)) {
        if (colon >= next && (colon == 0 || !isTokenChar(s.charAt(colon - 1)))) {
          next = visit(value, sink, s, colon);
        }
      }
      if (t == tokens) {
        return;
      }
      if (tokenStart >= next && (tokenStart == 0 || !isTokenChar(s.charAt(tokenStart - 1)))
          && mayStartAddress(value, s, t)) {
        next = visit(value, sink, s, tokenStart);
      }
    }
  }

  /**
   * Whether an address can start at token {@code t}: a dotted quad starts with a token of one to
   * three ASCII digits (a dot follows it); an IPv6 address with the two colons {@link #visit} asks
   * for starts with its first group, one to four hex digits right before a colon (Ipv6Syntax
   * admits no other first group, and one that starts with a colon is visited at the colon). Most
   * tokens (words, longer numbers, hashes) are neither, and are passed without reading them.
   * Skipping one changes nothing else: the chars of a run {@link #visit} passes over are all token
   * chars, so no later visit could start inside it.
   */
  private static boolean mayStartAddress(ValueAnalysis value, String s, int t) {
    int start = value.tokenStart(t);
    int end = value.tokenEnd(t);
    int len = end - start;
    if (len > 4) {
      return false;
    }
    if (len <= 3 && (value.tokenFlags(t) & ValueAnalysis.DIGITS) != 0) {
      return true;
    }
    if (end >= s.length() || s.charAt(end) != ':') {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (!isHex(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Looks for an address at {@code i}, a position that starts a token; returns the position to
   * go on from: past a reported address, past a run of hex digits, colons and dots that is none,
   * else the next char.
   */
  private int visit(ValueAnalysis value, MatchSink sink, String s, int i) {
    int n = s.length();
    char c = s.charAt(i);
    if (isDigit(c)) {
      int end = ipv4End(s, i);
      if (end > 0) {
        report(value, sink, s, i, end, false);
        return end;
      }
    }
    if (!(isHex(c) || c == ':')) {
      return i + 1;
    }
    int end = i;
    int colons = 0;
    int hex = 0;
    while (end < n) {
      char d = s.charAt(end);
      if (d == ':') {
        colons++;
      } else if (isHex(d)) {
        hex++;
      } else if (d != '.') {
        break;
      }
      end++;
    }
    if (colons >= 2 && hex >= 4 && (end == n || !isTokenChar(s.charAt(end))) && Ipv6Syntax.isValid(s, i, end)) {
      report(value, sink, s, i, end, true);
      return end;
    }
    return Math.max(i + 1, end);
  }

  private static final String SPECIAL = "loopback, broadcast or documentation range";
  private static final String VERSION_LIKE = "a version number (version word or field)";
  private static final String V4 = "four octets 0-255";
  private static final String V4_CONTEXT = "four octets 0-255; context";
  private static final String V6 = "valid IPv6";
  private static final String V6_CONTEXT = "valid IPv6; context";

  private void report(ValueAnalysis value, MatchSink sink, String s, int start, int end, boolean v6) {
    if (v6 ? isSpecialV6(s, start, end) : isSpecialV4(s, start, end)) {
      sink.match(IP_ADDRESS, start, end, 0.3, SPECIAL);
      return;
    }
    if (!v6 && (value.has(VERSION_FIELD) || VERSION_GATE.mayBeNear(value, start, end, ContextWindow.LABEL, 0)
        && value.near(VERSION, start, end, ContextWindow.LABEL, 0))) {
      sink.match(IP_ADDRESS, start, end, 0.2, VERSION_LIKE);
      return;
    }
    boolean context = value.has(IP_FIELD) || NEARBY_GATE.mayBeNear(value, start, end, ContextWindow.CLAUSE, 0)
        && value.near(NEARBY, start, end, ContextWindow.CLAUSE, 0);
    sink.match(IP_ADDRESS, start, end, context ? 0.95 : 0.8, v6 ? (context ? V6_CONTEXT : V6) : context ? V4_CONTEXT : V4);
  }

  /** Loopback, unspecified, broadcast and the documentation ranges, for the dotted quad {@code s[start, end)}. */
  private static boolean isSpecialV4(String s, int start, int end) {
    int len = end - start;
    return s.startsWith("127.", start) || len == 7 && s.startsWith("0.0.0.0", start)
        || len == 15 && s.startsWith("255.255.255.255", start) || s.startsWith("192.0.2.", start)
        || s.startsWith("198.51.100.", start) || s.startsWith("203.0.113.", start);
  }

  /** Loopback and the documentation range ({@code 2001:db8::/32}, any case), for {@code s[start, end)}. */
  private static boolean isSpecialV6(String s, int start, int end) {
    int len = end - start;
    return len == 3 && s.startsWith("::1", start) || len >= 9 && s.regionMatches(true, start, "2001:db8:", 0, 9);
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
      if (letterOrDigit(q) || q == '.' && j + 1 < n && isDigit(s.charAt(j + 1))) {
        return -1; // 1.2.3.4.5, 1.2.3.4a
      }
    }
    return j;
  }

  private static boolean isTokenChar(char c) {
    return letterOrDigit(c) || c == '.' || c == ':' || c == '_' || c == '-';
  }



  private static boolean isHex(char c) {
    return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }


}
