package io.datasieve.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThroughputGuardTest {
  @TempDir
  Path dir;

  @Test
  void baselineSurvivesWriteAndRead() throws IOException {
    Map<String, Double> ratios = new LinkedHashMap<>();
    ratios.put("crm-csv full/raw", 41.25);
    ratios.put("crm-csv 2 threads/1", 0.6);
    Path file = dir.resolve("baseline.json");
    new ThroughputGuard.Baseline(0.35, ratios).write(file);
    assertEquals(new ThroughputGuard.Baseline(0.35, ratios), ThroughputGuard.Baseline.read(file));
  }

  @Test
  void committedBaselineCoversEveryRatio() throws IOException {
    ThroughputGuard.Baseline committed = ThroughputGuard.Baseline.read(Path.of("throughput-baseline.json"));
    for (String pair : List.of("support-csv", "crm-csv", "mixed-jsonl", "threads-crm-csv")) {
      assertTrue(committed.ratios().containsKey(ThroughputGuard.ratioName(pair)), pair);
    }
  }

  @Test
  void failsOnlyBeyondTheTolerance() {
    ThroughputGuard.Baseline baseline = new ThroughputGuard.Baseline(0.35, Map.of("crm-csv full/raw", 10.0, "crm-csv 2 threads/1", 0.6));
    Map<String, Double> measured = new LinkedHashMap<>();
    measured.put("crm-csv", 13.4); // 34% worse: within
    measured.put("threads-crm-csv", 0.82); // 37% worse: out
    measured.put("mixed-jsonl", 5.0); // no baseline
    assertEquals(List.of("threads-crm-csv", "mixed-jsonl"), ThroughputGuard.compare(measured, baseline));
    assertEquals(List.of(), ThroughputGuard.compare(Map.of("crm-csv", 2.0), baseline));
  }

  @Test
  void rejectsAToleranceThatIsNotAShare() throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"tolerance\": 35, \"ratios\": {}}");
    assertThrows(IOException.class, () -> ThroughputGuard.Baseline.read(file));
  }
}
