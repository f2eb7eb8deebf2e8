package io.datasieve.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datasieve.EvidencePolicy;
import io.datasieve.Scanner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The accuracy targets on the committed labeled corpus (samples/eval). The corpus is
 * synthetic and written by the same team as the detectors, so these are floors that catch
 * regressions, not a claim about real data.
 */
class EvaluationTest {
  static final Path CORPUS = Path.of("..", "samples", "eval");

  @Test
  void targetsOnTheLabeledCorpus() throws IOException {
    Scanner scanner = Scanner.builder().loadDetectors().allOccurrences().evidence(EvidencePolicy.NONE).build();
    Evaluation e = Evaluation.run(scanner, CORPUS);
    assertEquals(java.util.List.of(), e.problems);
    Map<String, Double> targets = Map.of(
        "US_SSN", 0.95, "PHONE_NUMBER", 0.95, "EMAIL_ADDRESS", 0.95, "CREDIT_CARD_NUMBER", 0.95,
        "DATE_OF_BIRTH", 0.90, "PERSON_NAME", 0.90, "IBAN", 0.95, "IP_ADDRESS", 0.95);
    targets.forEach((type, min) -> {
      Evaluation.Score s = e.cells.get(type);
      assertTrue(s.labels > 500, type + " has labels");
      assertTrue(s.precision() >= min, type + " precision " + s.precision());
      assertTrue(s.recall() >= min, type + " recall " + s.recall());
    });
    assertTrue(e.columnAccuracy() >= 0.98, "column accuracy " + e.columnAccuracy() + " " + e.columnMistakes);
    assertEquals(java.util.Set.of(), e.notEvaluated);
  }

  @Test
  void evalCommandPrintsTheTable() {
    CliTest.Run r = CliTest.run("eval", CORPUS.toString(), "--min-f1", "0.9");
    assertEquals(Main.CLEAN, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("US_SSN") && r.out().contains("column level"), r.out());
  }
}
