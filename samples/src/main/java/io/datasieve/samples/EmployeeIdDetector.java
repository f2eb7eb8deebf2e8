package io.datasieve.samples;

import io.datasieve.InfoType;
import io.datasieve.Severity;
import io.datasieve.spi.AnalysisNeeds;
import io.datasieve.spi.AnalyzingDetector;
import io.datasieve.spi.FieldTrait;
import io.datasieve.spi.MatchSink;
import io.datasieve.spi.PhraseSet;
import io.datasieve.spi.ValueAnalysis;
import java.util.List;

/**
 * The README's example of a detector on the shared analysis: six-digit employee ids, reported in a
 * field named for them or after a label. It reads only the value's all-digit tokens.
 */
public final class EmployeeIdDetector extends AnalyzingDetector {
  /** The info type reported. */
  public static final InfoType EMPLOYEE_ID = new InfoType("EMPLOYEE_ID", "PII", "PII/Employee Id", Severity.MEDIUM);
  private static final PhraseSet LABELS = PhraseSet.of("employee id labels", "employee id", "badge");
  private static final FieldTrait FIELD = FieldTrait.words("holds employee ids", "employee id", "badge");
  private static final AnalysisNeeds NEEDS = AnalysisNeeds.builder().phrases(LABELS).traits(FIELD).build();

  @Override
  public String id() {
    return "employee-id";
  }

  @Override
  public List<InfoType> infoTypes() {
    return List.of(EMPLOYEE_ID);
  }

  @Override
  public AnalysisNeeds needs() {
    return NEEDS;
  }

  @Override
  public void detect(ValueAnalysis v, MatchSink sink) {
    for (int k = 0; k < v.digitTokenCount(); k++) {
      int t = v.digitToken(k);
      if (v.tokenEnd(t) - v.tokenStart(t) == 6
          && (v.has(FIELD) || v.near(LABELS, v.tokenStart(t), v.tokenEnd(t), 3, 0))) {
        sink.match(EMPLOYEE_ID, v.tokenStart(t), v.tokenEnd(t), 0.9, "six digits; label or field");
      }
    }
  }
}
