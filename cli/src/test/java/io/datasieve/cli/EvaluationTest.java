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
    // Secrets, all types together (issue targets: recall 0.95, precision 0.98).
    java.util.Set<String> secretTypes = new java.util.HashSet<>();
    scanner.detectors().forEach(d -> d.infoTypes().stream().filter(t -> t.category().equals("SECRET"))
        .forEach(t -> secretTypes.add(t.id())));
    long labels = 0;
    long found = 0;
    long predicted = 0;
    long right = 0;
    for (String t : secretTypes) {
      Evaluation.Score s = e.cells.get(t);
      if (s != null) {
        labels += s.labels;
        found += s.foundLabels;
        predicted += s.predicted;
        right += s.correctPredictions;
      }
    }
    assertTrue(labels >= 300, "secret labels: " + labels);
    assertTrue((double) found / labels >= 0.95, "secret recall " + found + "/" + labels);
    assertTrue((double) right / predicted >= 0.98, "secret precision " + right + "/" + predicted);
    assertEquals(java.util.Set.of(), e.notEvaluated);
  }

  @Test
  void evalCommandPrintsTheTable() {
    CliTest.Run r = CliTest.run("eval", CORPUS.toString(), "--min-f1", "0.9");
    assertEquals(Main.CLEAN, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("US_SSN") && r.out().contains("column level"), r.out());
  }
}
