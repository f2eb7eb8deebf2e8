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
 * US Individual Taxpayer Identification Numbers: nine digits shaped like an SSN, with area 9xx
 * and group 50-65, 70-88, 90-92 or 94-99 (the IRS ranges). Separated forms are reported on their
 * own; bare nine digits only with context ("ITIN", "taxpayer identification", an {@code itin}
 * field).
 */
public final class UsItinDetector extends AnalyzingDetector {
  /** The detector's id. */
  static final String ID = "us-itin";

  /** The info type reported. */
  public static final InfoType US_ITIN =
      new InfoType("US_ITIN", "PII", "PII/US Individual Taxpayer Identification Number", Severity.HIGH);

  private static final PhraseSet NEARBY = PiiWords.phrases(ID, "context", "itin context");

  private static final String[] EXPLANATIONS = {
    "9 digits, IRS ITIN ranges",
    "9 digits, IRS ITIN ranges; context words",
    "3-2-4 shape, IRS ITIN ranges",
    "3-2-4 shape, IRS ITIN ranges; context words",
  };

  private static final PhraseInitialsGate NEARBY_GATE = new PhraseInitialsGate(NEARBY);

  private static final FieldTrait ITIN_FIELD = PiiWords.fieldWords(ID, "fieldWords", "holds ITINs");
  private static final AnalysisNeeds NEEDS = AnalysisNeeds.builder().phrases(NEARBY).traits(ITIN_FIELD)
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
    return List.of(US_ITIN);
  }

  @Override
  public void detect(ValueAnalysis value, MatchSink sink) {
    String s = value.text();
    NineDigitCandidates found = NineDigitCandidates.of(value); // usually the SSN detector's scan
    for (int k = 0, count = found.count(); k < count; k++) {
      int start = found.start(k);
      int digits = NineDigitCandidates.digits(s, start);
      if (digits / 1_000_000 < 900 || !itinGroup(digits / 10_000 % 100)) {
        continue;
      }
      int end = found.end(k);
      boolean separated = found.separated(k);
      boolean context = value.has(ITIN_FIELD);
      if (!context) {
        context = NEARBY_GATE.mayBeNear(s, start, end, ContextWindow.SENTENCE, ContextWindow.AFTER)
            && value.near(NEARBY, start, end, ContextWindow.SENTENCE, ContextWindow.AFTER, found.notBefore(k));
      }
      double confidence = separated ? (context ? 0.99 : 0.85) : (context ? 0.85 : 0.30);
      sink.match(US_ITIN, start, end, confidence, EXPLANATIONS[(separated ? 2 : 0) + (context ? 1 : 0)]);
    }
  }

  static boolean itinGroup(int group) {
    return group >= 50 && group <= 65 || group >= 70 && group <= 88 || group >= 90 && group <= 92
        || group >= 94 && group <= 99;
  }

}
