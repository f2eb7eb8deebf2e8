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
import java.util.Locale;
import org.apache.commons.validator.routines.DomainValidator;

/**
 * The EmailDetector as it was before its char-level rewrite, kept unchanged as the oracle of
 * {@code EmailEquivalenceTest}: the rewrite must report exactly what this reports.
 */
final class LegacyEmailDetector extends AnalyzingDetector {
  /** The info type reported. */
  public static final InfoType EMAIL_ADDRESS =
      new InfoType("EMAIL_ADDRESS", "PII", "PII/Email Address", Severity.MEDIUM);

  private static final DomainValidator DOMAINS = DomainValidator.getInstance();
  private static final FieldTrait EMAIL_FIELD = FieldTrait.of("holds email addresses", LegacyEmailDetector::fieldSaysEmail);
  private static final PhraseSet NEARBY = PhraseSet.of("email context", "email", "e mail", "mail", "contact", "mailto");

  private static final AnalysisNeeds NEEDS = AnalysisNeeds.builder().phrases(NEARBY).traits(EMAIL_FIELD).build();

  @Override
  public AnalysisNeeds needs() {
    return NEEDS;
  }

  @Override
  public String id() {
    return "email";
  }

  @Override
  public List<InfoType> infoTypes() {
    return List.of(EMAIL_ADDRESS);
  }

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
      boolean placeholder = reason.startsWith("reserved");
      boolean context = value.has(EMAIL_FIELD) || value.near(NEARBY, start, end, ContextWindow.CLAUSE, 0);
      double confidence = placeholder ? 0.3 : context ? 0.99 : 0.9;
      sink.match(EMAIL_ADDRESS, start, end, confidence, context ? reason + "; context" : reason);
    }
  }

  /** The explanation when {@code s[start, end)} with {@code @} at {@code at} is an address, else null. */
  static String check(String s, int start, int at, int end) {
    int localLength = at - start;
    if (localLength > 64 || s.charAt(at - 1) == '.' || s.indexOf("..", start) >= 0 && s.indexOf("..", start) < at) {
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
    String domain = s.substring(at + 1, end).toLowerCase(Locale.ROOT);
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2 || domain.length() > 253) {
      return null;
    }
    for (String label : labels) {
      if (label.isEmpty() || label.length() > 63 || label.charAt(0) == '-' || label.charAt(label.length() - 1) == '-') {
        return null;
      }
    }
    if (labels.length == 2 && densityLabel(labels[0])) {
      return null; // icon@2x.png
    }
    String tld = labels[labels.length - 1];
    if (!tld.chars().allMatch(Character::isLetter) || !DOMAINS.isValidTld(tld)) {
      return null;
    }
    if (isReserved(domain, tld)) {
      return "reserved example domain";
    }
    return "address syntax, IANA top-level domain";
  }

  private static boolean isReserved(String domain, String tld) {
    return tld.equals("test") || tld.equals("example") || tld.equals("invalid") || tld.equals("localhost")
        || domain.equals("example.com") || domain.equals("example.org") || domain.equals("example.net")
        || domain.endsWith(".example.com") || domain.endsWith(".example.org") || domain.endsWith(".example.net");
  }

  static boolean isLocalChar(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || ".!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0) && c != '\'' && c != '`';
  }

  static boolean isDomainChar(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-');
  }

  static boolean fieldSaysEmail(FieldPath field) {
    return field.hasWord("email") || field.hasWord("mail") || field.hasWord("emails") || field.hasPhrase("e", "mail");
  }

  /** {@code 2x}, {@code 3x}: digits then {@code x}, as in image file names ({@code icon@2x.png}). */
  private static boolean densityLabel(String label) {
    int n = label.length();
    if (n < 2 || label.charAt(n - 1) != 'x') {
      return false;
    }
    for (int k = 0; k < n - 1; k++) {
      if (label.charAt(k) < '0' || label.charAt(k) > '9') {
        return false;
      }
    }
    return true;
  }
}
