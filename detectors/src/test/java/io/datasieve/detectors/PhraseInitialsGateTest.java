package io.datasieve.detectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datasieve.DatasetResource;
import io.datasieve.spi.AnalysisNeeds;
import io.datasieve.spi.FieldPath;
import io.datasieve.spi.FieldValue;
import io.datasieve.spi.PhraseSet;
import io.datasieve.spi.ValueAnalysis;
import io.datasieve.spi.ValueAnalyzer;
import java.net.URI;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhraseInitialsGateTest {
  private static final DatasetResource RESOURCE =
      DatasetResource.builder(URI.create("memory:test")).content(() -> null).build();
  private static final PhraseSet SET = PhraseSet.of("test", "ssn", "social security", "itin", "\u00e9tat civil", "dl no");

  @Test
  void looksOnlyAtTheTokensAroundTheCandidate() {
    PhraseInitialsGate gate = new PhraseInitialsGate(SET);
    assertFalse(gate.mayBeNear("736-75-4138", 0, 11, 10, 4));
    assertFalse(gate.mayBeNear("Ticket #578331 closed", 8, 14, 2, 0));
    assertTrue(gate.mayBeNear("SSN 123", 4, 7, 1, 0));
    assertFalse(gate.mayBeNear("SSN x 123", 6, 9, 1, 0)); // two tokens back, window of one
    assertTrue(gate.mayBeNear("SSN x 123", 6, 9, 2, 0));
    assertTrue(gate.mayBeNear("123 (social", 0, 3, 0, 1)); // first words start phrases after
    assertFalse(gate.mayBeNear("123 civil", 0, 3, 0, 1)); // but not last words
    assertTrue(gate.mayBeNear("DL no: 123", 7, 10, 1, 0)); // last words end phrases before
    assertTrue(gate.mayBeNear("\u00c9TAT CIVIL 12", 11, 13, 1, 0)); // folded outside ASCII too
    assertTrue(gate.mayBeNear("\u0130tin 12", 5, 7, 1, 0)); // İ folds to i, as the word index folds it
    assertFalse(gate.mayBeNear("12", 0, 2, 10, 4));
  }

  /** The gate may say yes too often, never no where the analysis finds a phrase near the candidate. */
  @Test
  void neverDeniesWhatNearFinds() {
    ValueAnalyzer analyzer = ValueAnalyzer.of(AnalysisNeeds.builder().phrases(SET).build());
    PhraseInitialsGate gate = new PhraseInitialsGate(SET);
    String[] pieces = {"ssn", "SSN", "Social", "security", "itin", "\u0130TIN", "\u00e9tat", "\u00c9TAT", "civil", "dl",
        "no", " ", " ", "-", "#", "12", "x", "\u017f", "\u212a", "\u00e9", "\u0660"};
    Random random = new Random(20261202L);
    int near = 0;
    for (int i = 0; i < 50_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(10); k > 0; k--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      if (text.isEmpty()) {
        continue;
      }
      int start = random.nextInt(text.length());
      int end = start + 1 + random.nextInt(Math.min(4, text.length() - start));
      int before = random.nextInt(4);
      int after = random.nextInt(3);
      if (analyse(analyzer, text).near(SET, start, end, before, after)) {
        near++;
        assertTrue(gate.mayBeNear(text, start, end, before, after),
            () -> "'" + text + "' [" + start + ", " + end + ") " + before + "/" + after);
      }
    }
    assertTrue(near > 1000, "the random values must hold phrases near candidates often: " + near);
  }

  private static ValueAnalysis analyse(ValueAnalyzer analyzer, String text) {
    FieldPath path = FieldPath.of("f");
    return analyzer.analyze(new FieldValue() {
      @Override public DatasetResource resource() { return RESOURCE; }
      @Override public long record() { return 0; }
      @Override public FieldPath field() { return path; }
      @Override public String text() { return text; }
    });
  }
}
