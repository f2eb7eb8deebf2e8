package io.datasieve.detectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datasieve.DatasetResource;
import io.datasieve.spi.AnalysisNeeds;
import io.datasieve.spi.FieldPath;
import io.datasieve.spi.FieldValue;
import io.datasieve.spi.PhraseSet;
import io.datasieve.spi.ValueAnalyzer;
import java.net.URI;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhraseGateTest {
  private static final DatasetResource RESOURCE =
      DatasetResource.builder(URI.create("memory:test")).content(() -> null).build();
  private static final PhraseSet SET = PhraseSet.of("test", "ssn", "social security", "itin", "\u00e9tat civil");

  @Test
  void onlyTokenStartsCount() {
    PhraseGate gate = new PhraseGate(SET);
    assertFalse(gate.mayOccurIn("736-75-4138"));
    assertFalse(gate.mayOccurIn("ask 4111 1111"));
    assertTrue(gate.mayOccurIn("SSN 123"));
    assertTrue(gate.mayOccurIn("x-sure"));
    assertTrue(gate.mayOccurIn("\u00c9tat")); // folded outside ASCII too
    assertTrue(gate.mayOccurIn("\u0130tin")); // İ folds to i, as the word index folds it
    assertFalse(gate.mayOccurIn(""));
  }

  /** The gate may say yes too often, never no when the analysis finds a phrase. */
  @Test
  void neverDeniesAPhraseTheAnalysisFinds() {
    ValueAnalyzer analyzer = ValueAnalyzer.of(AnalysisNeeds.builder().phrases(SET).build());
    PhraseGate gate = new PhraseGate(SET);
    String[] pieces = {"ssn", "SSN", "Social", "security", "itin", "\u0130TIN", "\u00e9tat", "\u00c9TAT", "civil",
        " ", "-", "#", "1", "x", "\u017f", "\u212a", "\u00e9"};
    Random random = new Random(20261202L);
    int found = 0;
    for (int i = 0; i < 50_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(8); k > 0; k--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      FieldPath path = FieldPath.of("f");
      boolean contains = analyzer.analyze(new FieldValue() {
        @Override public DatasetResource resource() { return RESOURCE; }
        @Override public long record() { return 0; }
        @Override public FieldPath field() { return path; }
        @Override public String text() { return text; }
      }).contains(SET);
      if (contains) {
        found++;
        assertTrue(gate.mayOccurIn(text), text);
      }
    }
    assertTrue(found > 1000, "the random values must hold phrases often: " + found);
  }
}
