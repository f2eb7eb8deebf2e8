package io.datasieve.detectors;

import io.datasieve.spi.ValueAnalysis;
import io.datasieve.spi.FieldTrait;
import io.datasieve.spi.PhraseSet;
import io.datasieve.spi.AnalysisNeeds;
import io.datasieve.spi.AnalyzingDetector;
import io.datasieve.InfoType;
import io.datasieve.Severity;
import io.datasieve.spi.FieldValue;
import io.datasieve.spi.MatchSink;
import java.util.List;
import org.apache.commons.validator.routines.IBANValidator;

/**
 * International Bank Account Numbers. Candidate first: two capital letters and two digits at the
 * start of a word, followed by capital letters and digits, compact ({@code DE89370400440532013000})
 * or in printed groups of four ({@code DE89 3704 0044 0532 0130 00}). Then commons-validator's
 * {@link IBANValidator}: the country's length and format, and the ISO 7064 mod-97 check digits. The
 * longest prefix that validates wins, so a trailing word is never swallowed into the number.
 */
public final class IbanDetector extends AnalyzingDetector {
  /** The info type reported. */
  public static final InfoType IBAN = new InfoType("IBAN", "PII", "PII/IBAN", Severity.HIGH);

  private static final IBANValidator VALIDATOR = IBANValidator.getInstance();
  private static final FieldTrait IBAN_FIELD = FieldTrait.words("holds IBANs", "iban");
  private static final PhraseSet NEARBY = PhraseSet.of("iban context", "iban", "account", "bank", "transfer", "sepa", "bic");

  private static final AnalysisNeeds NEEDS = AnalysisNeeds.builder().phrases(NEARBY).traits(IBAN_FIELD).build();

  @Override
  public AnalysisNeeds needs() {
    return NEEDS;
  }

  @Override
  public String id() {
    return "iban";
  }

  @Override
  public List<InfoType> infoTypes() {
    return List.of(IBAN);
  }

  @Override
  public void detect(ValueAnalysis value, MatchSink sink) {
    String s = value.text();
    int n = s.length();
    // An IBAN starts a token holding upper-case letters and digits ("DE89", "DE8937..."): visit those only.
    int both = ValueAnalysis.HAS_UPPER | ValueAnalysis.HAS_DIGIT;
    int next = 0; // past the last match
    for (int t = 0, tokens = value.tokenCount(); t < tokens; t++) {
      int i = value.tokenStart(t);
      if ((value.tokenFlags(t) & both) != both || i + 15 > n || i < next) {
        continue;
      }
      if (!isUpper(s.charAt(i)) || !isUpper(s.charAt(i + 1)) || !isDigit(s.charAt(i + 2)) || !isDigit(s.charAt(i + 3))
          || i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
        continue;
      }
      // Compact form plus the offset in s of each of its chars.
      StringBuilder compact = new StringBuilder(34);
      int[] ends = new int[35];
      int j = i;
      while (j < n && compact.length() < 34) {
        char c = s.charAt(j);
        if (isUpper(c) || isDigit(c)) {
          compact.append(c);
          ends[compact.length()] = j + 1;
          j++;
        } else if (c == ' ' && compact.length() % 4 == 0 && j + 1 < n && isAlnumUpper(s.charAt(j + 1))) {
          j++;
        } else {
          break;
        }
      }
      for (int len = compact.length(); len >= 15; len--) {
        int end = ends[len];
        boolean boundary = end == n || !Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end - 1) == ' ';
        boolean atGroup = end == n || s.charAt(end) == ' ' || !Character.isLetterOrDigit(s.charAt(end));
        if (boundary && atGroup && VALIDATOR.isValid(compact.substring(0, len))) {
          boolean context = value.near(NEARBY, i, end, ContextWindow.CLAUSE, 0) || value.has(IBAN_FIELD);
          sink.match(IBAN, i, end, context ? 0.99 : 0.95,
              context ? "country format and mod-97 check digits; context" : "country format and mod-97 check digits");
          next = end;
          break;
        }
      }
    }
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAlnumUpper(char c) {
    return isUpper(c) || isDigit(c);
  }
}
