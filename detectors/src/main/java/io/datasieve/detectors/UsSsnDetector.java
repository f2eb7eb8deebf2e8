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
 * US Social Security Numbers: {@code AAA-GG-SSSS}, {@code AAA GG SSSS} and {@code AAAGGSSSS}.
 *
 * <p>Candidate first: one pass over the chars finds digit runs; only a run of exactly nine
 * digits, or a 3-2-4 run with one consistent separator, is looked at further. A candidate is
 * rejected when it is glued to a longer token (letters or digits adjacent, or a hyphenated or
 * dotted number around it) and when the SSA never issues the number: area 000, 666 or 900-999,
 * group 00, serial 0000, all one digit, or a well-known published number (078-05-1120,
 * 123-45-6789, ...).
 *
 * <p>Confidence: a separated form is reported on its own (0.85); a bare nine-digit number is weak
 * (0.30, below the default minimum) unless the field name ({@code ssn}, {@code social_security})
 * or nearby words ("SSN", "social security") say so.
 */
public final class UsSsnDetector extends AnalyzingDetector {
  /** The detector's id. */
  static final String ID = "us-ssn";

  /** The info type reported. */
  public static final InfoType US_SSN =
      new InfoType("US_SSN", "PII", "PII/US Social Security Number", Severity.HIGH);

  static final double SEPARATED = 0.85;
  static final double SEPARATED_WITH_CONTEXT = 0.99;
  static final double BARE = 0.30;
  static final double BARE_NEARBY_WORDS = 0.75;
  static final double BARE_FIELD_NAME = 0.85;
  static final double FIELD_AND_WORDS = 0.95;


  private static final int[] PUBLISHED = {
    78_051_120, // Woolworth wallet card
    219_099_999, // SSA pamphlet sample
    123_456_789,
    457_555_462, // widely published
    111_223_333,
  };

  /** Indexed by separated * 4 + field name * 2 + nearby words. */
  private static final String[] EXPLANATIONS = {
    "9 digits, SSA issuing rules",
    "9 digits, SSA issuing rules; context words",
    "9 digits, SSA issuing rules; field name",
    "9 digits, SSA issuing rules; field name; context words",
    "3-2-4 SSN shape, SSA issuing rules",
    "3-2-4 SSN shape, SSA issuing rules; context words",
    "3-2-4 SSN shape, SSA issuing rules; field name",
    "3-2-4 SSN shape, SSA issuing rules; field name; context words",
  };

  private static final PhraseSet NEARBY = PiiWords.phrases(ID, "context", "ssn context");

  private static final PhraseInitialsGate NEARBY_GATE = new PhraseInitialsGate(NEARBY);

  private static final FieldTrait SSN_FIELD = PiiWords.fieldWords(ID, "fieldWords", "holds SSNs");
  private static final AnalysisNeeds NEEDS = AnalysisNeeds.builder().phrases(NEARBY).traits(SSN_FIELD)
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
    return List.of(US_SSN);
  }

  @Override
  public void detect(ValueAnalysis value, MatchSink sink) {
    String s = value.text();
    NineDigitCandidates found = NineDigitCandidates.of(value);
    for (int k = 0, count = found.count(); k < count; k++) {
      int start = found.start(k);
      if (!issuable(s, start)) {
        continue;
      }
      int end = found.end(k);
      boolean separated = found.separated(k);
      boolean named = value.has(SSN_FIELD);
      boolean words = NEARBY_GATE.mayBeNear(s, start, end, ContextWindow.SENTENCE, ContextWindow.AFTER)
          && value.near(NEARBY, start, end, ContextWindow.SENTENCE, ContextWindow.AFTER, found.notBefore(k));
      double confidence;
      if (separated) {
        confidence = named || words ? SEPARATED_WITH_CONTEXT : SEPARATED;
      } else if (named) {
        confidence = words ? FIELD_AND_WORDS : BARE_FIELD_NAME;
      } else {
        confidence = words ? BARE_NEARBY_WORDS : BARE;
      }
      sink.match(US_SSN, start, end, confidence, EXPLANATIONS[(separated ? 4 : 0) + (named ? 2 : 0) + (words ? 1 : 0)]);
    }
  }

  /** The SSA's issuing rules, on the nine digits starting at {@code start}. */
  static boolean issuable(String s, int start) {
    int digits = NineDigitCandidates.digits(s, start);
    int area = digits / 1_000_000;
    int group = digits / 10_000 % 100;
    int serial = digits % 10_000;
    if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0) {
      return false;
    }
    if (digits % 111_111_111 == 0) {
      return false; // all one digit
    }
    for (int published : PUBLISHED) {
      if (digits == published) {
        return false;
      }
    }
    return true;
  }

}
