package io.datasieve.detectors;

import static io.datasieve.detectors.Words.isDigit;

import io.datasieve.spi.ValueAnalysis;
import io.datasieve.spi.FieldTrait;
import io.datasieve.spi.PhraseSet;
import io.datasieve.spi.AnalysisNeeds;
import io.datasieve.spi.AnalyzingDetector;
import io.datasieve.InfoType;
import io.datasieve.Severity;
import io.datasieve.spi.MatchSink;
import java.util.List;
import org.apache.commons.validator.routines.IBANValidator;

/**
 * International Bank Account Numbers. Candidate first: two capital letters and two digits at the
 * start of a word, followed by capital letters and digits, compact ({@code DE89370400440532013000})
 * or in printed groups of four ({@code DE89 3704 0044 0532 0130 00}). Then commons-validator's
 * {@link IBANValidator}: the country's length and format, and the ISO 7064 mod-97 check digits. The
 * longest prefix that validates wins, so a trailing word is never swallowed into the number.
 *
 * <p>Only a prefix of the country's own length can validate, so that length (read from the validator
 * once, per country code) is the one prefix tried: a candidate costs one validation, not one per
 * length, and a word like {@code XY12...} of no IBAN country costs none.
 */
public final class IbanDetector extends AnalyzingDetector {
  /** The detector's id. */
  static final String ID = "iban";

  /** The info type reported. */
  public static final InfoType IBAN = new InfoType("IBAN", "PII", "PII/IBAN", Severity.HIGH);

  private static final IBANValidator VALIDATOR = IBANValidator.getInstance();
  private static final FieldTrait IBAN_FIELD = PiiWords.fieldWords(ID, "fieldWords", "holds IBANs");
  private static final PhraseSet NEARBY = PiiWords.phrases(ID, "context", "iban context");

  private static final PhraseInitialsGate NEARBY_GATE = new PhraseInitialsGate(NEARBY);

  /**
   * The IBAN length of each country code {@code AA..ZZ} (index {@code first * 26 + second}), 0 for
   * none: read once from the validator, whose default instance cannot be modified.
   */
  private static final int[] LENGTHS = new int[26 * 26];

  static {
    for (char a = 'A'; a <= 'Z'; a++) {
      for (char b = 'A'; b <= 'Z'; b++) {
        IBANValidator.Validator v = VALIDATOR.getValidator(new String(new char[] {a, b}));
        int length = v == null ? 0 : v.getIbanLength();
        LENGTHS[(a - 'A') * 26 + b - 'A'] = length >= 15 && length <= 34 ? length : 0; // the lengths ever tried
      }
    }
  }

  private static final AnalysisNeeds NEEDS = AnalysisNeeds.builder().phrases(NEARBY).traits(IBAN_FIELD)
      .onlyWhenAnyToken(ValueAnalysis.HAS_DIGIT).build();

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
    return List.of(IBAN);
  }

  @Override
  public void detect(ValueAnalysis value, MatchSink sink) {
    String s = value.text();
    int n = s.length();
    int next = 0; // past the last match
    // An IBAN starts a word with two letters and two digits ("DE89", "DE8937..."), its letters all
    // capitals or, as typed in chats, all lower case ("my iban is gb29nwbk..."), which is taken only
    // with an IBAN word or field; the check digits are computed on the capitals either way. A word
    // start is the start of one of the analysis's tokens, and that token holds letters and digits:
    // the others are passed by their flags.
    int both = ValueAnalysis.HAS_LETTER | ValueAnalysis.HAS_DIGIT;
    if ((value.valueFlags() & both) != both) {
      return;
    }
    for (int t = 0, tokens = value.tokenCount(); t < tokens; t++) {
      if ((value.tokenFlags(t) & both) != both) {
        continue;
      }
      int i = value.tokenStart(t);
      if (i + 15 > n) {
        break; // later tokens start later still
      }
      char c0 = s.charAt(i);
      boolean lower = isLower(c0);
      if (!(isUpper(c0) || lower) || !sameCase(s.charAt(i + 1), lower) || !isDigit(s.charAt(i + 2))
          || !isDigit(s.charAt(i + 3)) || i < next) {
        continue;
      }
      // Only the country's own length can validate: the longest-prefix search needs no other.
      int length = LENGTHS[(upper(c0) - 'A') * 26 + upper(s.charAt(i + 1)) - 'A'];
      if (length == 0) {
        continue;
      }
      // The compact form, up to the country's length, and the offset in s after its last char.
      char[] compact = new char[length];
      int count = 0;
      int j = i;
      while (j < n && count < length) {
        char c = s.charAt(j);
        if (sameCase(c, lower) || isDigit(c)) {
          compact[count++] = upper(c);
          j++;
        } else if (c == ' ' && count % 4 == 0 && j + 1 < n && (sameCase(s.charAt(j + 1), lower) || isDigit(s.charAt(j + 1)))) {
          j++;
        } else {
          break;
        }
      }
      if (count < length) {
        continue;
      }
      int end = j;
      boolean boundary = end == n || !Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end - 1) == ' ';
      boolean atGroup = end == n || s.charAt(end) == ' ' || !Character.isLetterOrDigit(s.charAt(end));
      if (boundary && atGroup && VALIDATOR.isValid(new String(compact))) {
        boolean context = value.has(IBAN_FIELD);
        if (!context) {
          context = NEARBY_GATE.mayBeNear(s, i, end, ContextWindow.CLAUSE, 0)
              && value.near(NEARBY, i, end, ContextWindow.CLAUSE, 0);
        }
        if (lower && !context) {
          next = end;
          continue; // lower case only where the text or the field speaks of an IBAN
        }
        sink.match(IBAN, i, end, context ? 0.99 : 0.95,
            context ? "country format and mod-97 check digits; context" : "country format and mod-97 check digits");
        next = end;
      }
    }
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }


  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  /** An ASCII letter of the candidate's case. */
  private static boolean sameCase(char c, boolean lower) {
    return lower ? isLower(c) : isUpper(c);
  }

  private static char upper(char c) {
    return isLower(c) ? (char) (c - 32) : c;
  }
}
