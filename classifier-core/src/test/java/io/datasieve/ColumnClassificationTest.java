package io.datasieve;

import static io.datasieve.testing.Scans.json;
import static io.datasieve.testing.Scans.tokenScanner;
import static io.datasieve.testing.Scans.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnClassificationTest {
  @TempDir Path dir;

  /** mostly: 8 confident + 2 weak; weakOnly: 10 weak; sparse: 2 confident of 10; empty cells are not values. */
  private Path csv() {
    StringBuilder sb = new StringBuilder("mostly,weakOnly,sparse,blank\n");
    for (int i = 0; i < 10; i++) {
      sb.append(i < 8 ? "tok_a" + i : "tok_low" + i).append(",tok_low").append(i).append(',')
          .append(i < 2 ? "tok_s" + i : "plain").append(",\n");
    }
    return write(dir, "c.csv", sb.toString());
  }

  @Test
  void columnsMostlyOfATypeAreClassifiedAndTheirWeakValuesCount() {
    ResourceReport r = tokenScanner().build().scan(DatasetResource.of(csv()));
    assertEquals(List.of(new ColumnClassification("mostly", List.of("TEST_TOKEN"), 1.0, 10)), r.columns());
    Finding f = r.findings().get(0);
    assertEquals(12, f.count(), "8 confident + 2 promoted in 'mostly', 2 in 'sparse', none in 'weakOnly'");
    assertEquals(List.of(new FieldCount("mostly", 10), new FieldCount("sparse", 2)), f.fields());
    Occurrence promoted = f.occurrences().stream().filter(o -> o.record() == 8 && o.field().equals("mostly"))
        .findFirst().orElseThrow();
    assertEquals(0.5, promoted.confidence());
    assertTrue(promoted.explanation().endsWith("column mostly TEST_TOKEN"), promoted.explanation());
  }

  @Test
  void thresholdIsConfigurable() {
    ResourceReport r = tokenScanner().columnThreshold(0.2).build().scan(DatasetResource.of(csv()));
    assertEquals(List.of("mostly", "sparse"), r.columns().stream().map(ColumnClassification::field).toList());
    assertEquals(0.2, r.columns().get(1).matchedRatio());
  }

  @Test
  void jsonArrayElementsShareAColumnAndExactlyTheThresholdCounts() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      sb.append("{\"m\":[{\"c\":\"tok_x").append(i).append("\"},{\"c\":\"hello\"}]}\n");
    }
    ResourceReport r = tokenScanner().build().scan(DatasetResource.of(write(dir, "j.jsonl", sb.toString())));
    assertEquals(List.of(new ColumnClassification("$.m[*].c", List.of("TEST_TOKEN"), 0.5, 10)), r.columns());
  }

  @Test
  void sameColumnsWithAnyThreadCount() {
    StringBuilder sb = new StringBuilder("a,b\n");
    for (int i = 0; i < 40_000; i++) {
      sb.append(i % 10 < 7 ? "tok_x" : "tok_low").append(i).append(",v").append(i).append('\n');
    }
    List<DatasetResource> res = List.of(DatasetResource.of(write(dir, "t.csv", sb.toString())));
    String one = json(tokenScanner().threads(1).build().scan(res));
    String four = json(tokenScanner().threads(4).splitSize(64 * 1024).build().scan(res));
    assertEquals(one, four);
    ResourceReport r = tokenScanner().threads(4).splitSize(64 * 1024).build().scan(res.get(0));
    assertEquals(List.of(new ColumnClassification("a", List.of("TEST_TOKEN"), 1.0, 40_000)), r.columns());
  }
}
