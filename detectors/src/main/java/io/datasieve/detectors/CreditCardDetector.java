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
import java.util.Set;

/**
 * Payment card numbers (PANs). Candidate first: a run of 12-19 digits, optionally grouped by one
 * consistent separator (space or hyphen), that stands alone. Then the Luhn checksum and the
 * issuer ranges (Visa, Mastercard, American Express, Discover, Diners, JCB, UnionPay, Maestro)
 * with their lengths. One random 16-digit number in ten passes Luhn, so an unformatted run
 * without context words or a card-like field name stays under the default minimum; grouped
 * numbers ({@code 4111 1111 ...}) and context raise it. Well-known test numbers
 * ({@code 4111111111111111}) are reported only under a lowered minimum.
 */
public final class CreditCardDetector extends AnalyzingDetector {
  /** The detector's id. */
  static final String ID = "credit-card";

  /** The info type reported. */
  public static final InfoType CREDIT_CARD_NUMBER =
      new InfoType("CREDIT_CARD_NUMBER", "PII", "PII/Credit Card Number", Severity.HIGH);

  private static final FieldTrait CARD_FIELD = PiiWords.fieldWords(ID, "fieldWords", "holds card numbers");
  private static final PhraseSet NEARBY = PiiWords.phrases(ID, "context", "card context");

  private static final Set<String> TEST_NUMBERS = Set.of(
      "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556", "5555555555554444",
      "5105105105105100", "2223003122003222", "378282246310005", "371449635398431", "6011111111111117",
      "6011000990139424", "3056930009020004", "36227206271667", "3566002020360505", "6200000000000005",
      "4000000000000002", "4000000000000077", "5200828282828210");

  private static final PhraseInitialsGate NEARBY_GATE = new PhraseInitialsGate(NEARBY);

  private static final AnalysisNeeds NEEDS = AnalysisNeeds.builder().phrases(NEARBY).traits(CARD_FIELD)
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
    return List.of(CREDIT_CARD_NUMBER);
  }

  @Override
  public void detect(ValueAnalysis value, MatchSink sink) {
    if (!digitTokensHold(value, 12)) {
      return; // a card number has at least 12 digits: most values are decided from their token list
    }
    String s = value.text();
    int n = s.length();
    int i = 0;
    Boolean field = null;
    while (i < n) {
      char c = s.charAt(i);
      if (c < '0' || c > '9' || JOINED.joinedBefore(s, i)) {
        i = Words.skip(s, i);
        continue;
      }
      // Collect digits, allowing one kind of single separator between them.
      char sep = 0;
      int digits = 0;
      int groups = 1;
      int j = i;
      int end = i;
      long firstGroupLength = 0;
      boolean ok = true;
      while (j < n) {
        char d = s.charAt(j);
        if (d >= '0' && d <= '9') {
          digits++;
          j++;
          end = j;
          if (groups == 1) {
            firstGroupLength++;
          }
        } else if ((d == ' ' || d == '-') && (sep == 0 || sep == d) && j + 1 < n && isDigit(s.charAt(j + 1))) {
          sep = d;
          groups++;
          j++;
        } else {
          break;
        }
        if (digits > 19) {
          ok = false;
          break;
        }
      }
      if (!ok) {
        while (end < n && (isDigit(s.charAt(end)) || s.charAt(end) == sep)) {
          end++;
        }
        i = end;
        continue;
      }
      if (digits >= 12 && !JOINED.joinedAfter(s, end)) {
        int issuer = issuer(s, i, digits);
        if (issuer >= 0 && luhn(s, i, end)) {
          if (field == null) {
            field = value.has(CARD_FIELD);
          }
          boolean grouped = groups >= 3 && firstGroupLength == 4;
          boolean words = NEARBY_GATE.mayBeNear(s, i, end, ContextWindow.SENTENCE, ContextWindow.AFTER)
              && value.near(NEARBY, i, end, ContextWindow.SENTENCE, ContextWindow.AFTER);
          boolean context = field || words;
          double confidence;
          String why;
          if (isTestNumber(s, i, end, digits)) {
            confidence = 0.3;
            why = TEST_NUMBER_EXPLANATIONS[issuer];
          } else {
            confidence = grouped ? (context ? 0.99 : 0.85) : (context ? 0.95 : 0.45);
            why = EXPLANATIONS[issuer * 8 + (grouped ? 4 : 0) + (field ? 2 : 0) + (words ? 1 : 0)];
          }
          sink.match(CREDIT_CARD_NUMBER, i, end, confidence, why);
        }
      }
      i = Math.max(end, i + 1);
    }
  }

  /** The {@link #TEST_NUMBERS} as numbers and digit counts, to check a candidate without making its string. */
  private static final long[] TEST_VALUES = TEST_NUMBERS.stream().mapToLong(Long::parseLong).toArray();
  private static final int[] TEST_LENGTHS = TEST_NUMBERS.stream().mapToInt(String::length).toArray();

  /** Whether the {@code digits} digits of {@code s[start, end)} are one of the {@link #TEST_NUMBERS}. */
  static boolean isTestNumber(String s, int start, int end, int digits) {
    if (digits > 18) {
      return false; // no test number is that long (and 19 digits may not fit a long)
    }
    long number = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (isDigit(c)) {
        number = number * 10 + (c - '0');
      }
    }
    for (int k = 0; k < TEST_VALUES.length; k++) {
      if (TEST_VALUES[k] == number && TEST_LENGTHS[k] == digits) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code s} holds at least {@code enough} ASCII digits. */
  /**
   * Whether the value's all-digit tokens ({@link ValueAnalysis#DIGITS}) hold {@code enough}
   * digits together. A reportable number is made of such tokens only: its digits are ASCII, and
   * a letter or digit of any script next to a group joins it to a word ({@link #JOINED}).
   */
  private static boolean digitTokensHold(ValueAnalysis value, int enough) {
    int digits = 0;
    for (int k = 0, count = value.digitTokenCount(); k < count; k++) {
      int t = value.digitToken(k);
      digits += value.tokenEnd(t) - value.tokenStart(t);
      if (digits >= enough) {
        return true;
      }
    }
    return false;
  }


  /** A number glued to a word or an amount on either side: "ORD-4111...", "$4111...", "4111...-2". */
  private static final Words.Boundary JOINED = new Words.Boundary("$", ".,/_:-", "");

  /** The Luhn (mod 10) checksum. */
  static boolean luhn(String digits) {
    return io.datasieve.detectors.rules.Validator.luhn(digits);
  }

  /** The Luhn (mod 10) checksum of the digits in {@code s[start, end)}, separators skipped. */
  static boolean luhn(String s, int start, int end) {
    return io.datasieve.detectors.rules.Validator.luhn(s, start, end);
  }

  /** The card networks, in the order {@link #issuer(String, int, int)} tries them. */
  private static final String[] ISSUERS = {
    "Visa range", "Mastercard range", "American Express range", "Discover range", "Diners Club range", "JCB range",
    "UnionPay range", "Maestro range",
  };

  /** Indexed by issuer * 8 + grouped * 4 + field name * 2 + context words: made once, not per match. */
  private static final String[] EXPLANATIONS = new String[ISSUERS.length * 8];
  private static final String[] TEST_NUMBER_EXPLANATIONS = new String[ISSUERS.length];

  static {
    for (int k = 0; k < ISSUERS.length; k++) {
      TEST_NUMBER_EXPLANATIONS[k] = "Luhn valid; " + ISSUERS[k] + "; well-known test number";
      for (int f = 0; f < 8; f++) {
        EXPLANATIONS[k * 8 + f] = "Luhn valid; " + ISSUERS[k] + ((f & 4) != 0 ? "; grouped" : "")
            + ((f & 2) != 0 ? "; field name" : "") + ((f & 1) != 0 ? "; context words" : "");
      }
    }
  }

  /** The card network whose prefix and length the number has, or null. */
  static String issuer(String pan) {
    int k = issuer(pan, 0, pan.length());
    return k < 0 ? null : ISSUERS[k];
  }

  /**
   * The index in {@link #ISSUERS} of the network whose prefix and length the {@code len} digits
   * starting at {@code start} (separators skipped) have, or -1.
   */
  static int issuer(String s, int start, int len) {
    int p6 = 0;
    for (int i = start, k = 0; k < 6; i++) {
      int d = s.charAt(i) - '0';
      if (d >= 0 && d <= 9) {
        p6 = p6 * 10 + d;
        k++;
      }
    }
    int p1 = p6 / 100_000;
    int p2 = p6 / 10_000;
    int p3 = p6 / 1_000;
    int p4 = p6 / 100;
    if (p1 == 4 && (len == 13 || len == 16 || len == 19)) {
      return 0;
    }
    if ((p2 >= 51 && p2 <= 55 || p4 >= 2221 && p4 <= 2720) && len == 16) {
      return 1;
    }
    if ((p2 == 34 || p2 == 37) && len == 15) {
      return 2;
    }
    if ((p4 == 6011 || p3 >= 644 && p3 <= 649 || p2 == 65 || p6 >= 622126 && p6 <= 622925) && len >= 16 && len <= 19) {
      return 3;
    }
    if ((p3 >= 300 && p3 <= 305 || p2 == 36 || p2 == 38 || p2 == 39) && len >= 14 && len <= 19) {
      return 4;
    }
    if (p4 >= 3528 && p4 <= 3589 && len >= 16 && len <= 19) {
      return 5;
    }
    if (p2 == 62 && len >= 16 && len <= 19) {
      return 6;
    }
    if ((p2 == 50 || p2 >= 56 && p2 <= 69) && len >= 12 && len <= 19) {
      return 7;
    }
    return -1;
  }

}
