package io.datasieve.detectors;

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
 * Email addresses. Candidate first: only an {@code @} starts work; the address is grown left over
 * local-part characters and right over domain characters, then checked: local part 1-64 chars
 * without empty dot segments, at least two domain labels of 1-63 letters, digits and inner
 * hyphens, and a top-level domain in the IANA list (commons-validator's, see {@link
 * TopLevelDomains}). Not addresses: retina
 * assets ({@code icon@2x.png}), scp/git remotes ({@code git@host:path}), npm scopes ({@code
 * @org/pkg}, no local part). Reserved example domains ({@code example.com}, {@code .test}) are
 * placeholders, reported only under a lowered minimum confidence.
 *
 * <p>Speed: the checks read the value's chars in place (no substring, split or lower-casing), the
 * top-level domain is looked up without allocating, and the explanations are constants.
 */
public final class EmailDetector extends AnalyzingDetector {
  /** The detector's id. */
  static final String ID = "email";

  /** The info type reported. */
  public static final InfoType EMAIL_ADDRESS =
      new InfoType("EMAIL_ADDRESS", "PII", "PII/Email Address", Severity.MEDIUM);

  private static final FieldTrait EMAIL_FIELD = PiiWords.fieldWords(ID, "fieldWords", "holds email addresses");
  private static final PhraseSet NEARBY = PiiWords.phrases(ID, "context", "email context");
  private static final PhraseGate NEARBY_GATE = PhraseGate.of(NEARBY);

  private static final AnalysisNeeds NEEDS = AnalysisNeeds.builder().phrases(NEARBY).traits(EMAIL_FIELD).build();

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
    return List.of(EMAIL_ADDRESS);
  }

  private static final String ADDRESS = "address syntax, IANA top-level domain";
  private static final String RESERVED = "reserved example domain";
  private static final String ADDRESS_CONTEXT = ADDRESS + "; context";
  private static final String RESERVED_CONTEXT = RESERVED + "; context";

  @Override
  public void detect(ValueAnalysis value, MatchSink sink) {
    String s = value.text();
    int n = s.length();
    int from = 0;
    int at;
    while ((at = s.indexOf('@', from)) >= 0) {
      from = at + 1;
      int start = at;
      while (start > 0 && isLocalChar(s.charAt(start - 1))) {
        start--;
      }
      while (start < at && s.charAt(start) == '.') {
        start++;
      }
      int end = at + 1;
      while (end < n && isDomainChar(s.charAt(end))) {
        end++;
      }
      while (end > at + 1 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '-')) {
        end--; // "write to a@b.com." ends the sentence, not the domain
      }
      if (start == at || end == at + 1) {
        continue;
      }
      String reason = check(s, start, at, end);
      if (reason == null) {
        continue;
      }
      from = end;
      boolean placeholder = reason == RESERVED;
      boolean context = value.has(EMAIL_FIELD) || NEARBY_GATE.mayBeNear(value, start, end, ContextWindow.CLAUSE, 0)
          && value.near(NEARBY, start, end, ContextWindow.CLAUSE, 0);
      double confidence = placeholder ? 0.3 : context ? 0.99 : 0.9;
      sink.match(EMAIL_ADDRESS, start, end, confidence,
          context ? (placeholder ? RESERVED_CONTEXT : ADDRESS_CONTEXT) : reason);
    }
  }

  /** The explanation when {@code s[start, end)} with {@code @} at {@code at} is an address, else null. */
  static String check(String s, int start, int at, int end) {
    if (at - start > 64 || s.charAt(at - 1) == '.' || hasDoubleDot(s, start, at)) {
      return null;
    }
    if (end < s.length() && s.charAt(end) == ':' && end + 1 < s.length() && !Character.isDigit(s.charAt(end + 1))) {
      return null; // git@github.com:org/repo.git
    }
    if (start > 0 && s.charAt(start - 1) == '@') {
      return null;
    }
    if (start > 0 && s.charAt(start - 1) == ':' && s.lastIndexOf("://", start) >= Math.max(0, start - 80)) {
      return null; // scheme://user:password@host: credentials in a URL, not an address
    }
    // The domain s[at + 1, end): ASCII letters, digits, dots and hyphens, at least two labels.
    if (end - (at + 1) > 253) {
      return null;
    }
    int labels = 0;
    int firstLabelEnd = -1;
    int label = at + 1;
    while (true) {
      int dot = label;
      while (dot < end && s.charAt(dot) != '.') {
        dot++;
      }
      int len = dot - label;
      if (len == 0 || len > 63 || s.charAt(label) == '-' || s.charAt(dot - 1) == '-') {
        return null;
      }
      labels++;
      if (firstLabelEnd < 0) {
        firstLabelEnd = dot;
      }
      if (dot == end) {
        break;
      }
      label = dot + 1;
    }
    if (labels < 2) {
      return null;
    }
    if (labels == 2 && isDensity(s, at + 1, firstLabelEnd)) {
      return null; // icon@2x.png
    }
    int tld = label; // the last label
    if (!TopLevelDomains.iana().contains(s, tld, end)) {
      return null; // also any label with a digit or hyphen: top-level domains here are letters
    }
    if (isReserved(s, at + 1, tld, end)) {
      return RESERVED;
    }
    return ADDRESS;
  }

  /** Whether a {@code ..} starts in {@code s[from, to)}. */
  private static boolean hasDoubleDot(String s, int from, int to) {
    for (int p = from; p < to; p++) {
      if (s.charAt(p) == '.' && p + 1 < s.length() && s.charAt(p + 1) == '.') {
        return true;
      }
    }
    return false;
  }

  /** The reserved test and example names (RFC 2606), for the domain {@code s[domain, end)} whose last label starts at {@code tld}. */
  private static boolean isReserved(String s, int domain, int tld, int end) {
    return is(s, tld, end, "test") || is(s, tld, end, "example") || is(s, tld, end, "invalid")
        || is(s, tld, end, "localhost") || endsWithDomain(s, domain, end, "example.com")
        || endsWithDomain(s, domain, end, "example.org") || endsWithDomain(s, domain, end, "example.net");
  }

  /** {@code s[from, to)} is {@code name} in any case (domains are ASCII). */
  private static boolean is(String s, int from, int to, String name) {
    return to - from == name.length() && s.regionMatches(true, from, name, 0, name.length());
  }

  /** The domain {@code s[domain, end)} is {@code name} or ends in {@code "." + name}, in any case. */
  private static boolean endsWithDomain(String s, int domain, int end, String name) {
    int from = end - name.length();
    return from >= domain && s.regionMatches(true, from, name, 0, name.length())
        && (from == domain || s.charAt(from - 1) == '.');
  }

  /** Chars of a local part: ASCII letters, digits and {@code .!#$%&*+/=?^_{|}~-}. */
  private static final boolean[] LOCAL = new boolean[128];
  /** Chars of a domain: ASCII letters, digits, dots and hyphens. */
  private static final boolean[] DOMAIN = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      boolean alnum = c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
      LOCAL[c] = alnum || ".!#$%&*+/=?^_{|}~-".indexOf(c) >= 0;
      DOMAIN[c] = alnum || c == '.' || c == '-';
    }
  }

  static boolean isLocalChar(char c) {
    return c < 128 && LOCAL[c];
  }

  static boolean isDomainChar(char c) {
    return c < 128 && DOMAIN[c];
  }


  /** {@code 2x}, {@code 3x} in {@code s[from, to)}: digits then {@code x} (any case), as in image file names ({@code icon@2x.png}). */
  private static boolean isDensity(String s, int from, int to) {
    if (to - from < 2 || (s.charAt(to - 1) | 0x20) != 'x') {
      return false;
    }
    for (int k = from; k < to - 1; k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') {
        return false;
      }
    }
    return true;
  }
}
