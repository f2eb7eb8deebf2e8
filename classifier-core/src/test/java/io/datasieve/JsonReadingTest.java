package io.datasieve;

import static io.datasieve.testing.Scans.assertStatus;
import static io.datasieve.testing.Scans.scan;
import static io.datasieve.testing.Scans.tokenScanner;
import static io.datasieve.testing.Scans.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReadingTest {
  @TempDir Path dir;
  private final Scanner scanner = tokenScanner().allOccurrences().build();

  private static List<String> where(ResourceReport r) {
    return r.findings().get(0).occurrences().stream().map(o -> o.record() + " " + o.field()).toList();
  }

  @Test
  void topLevelArrayElementsAreRecords() {
    String json = "[\n {\"instruction\": \"hi\", \"output\": \"tok_a\"},\n {\"instruction\": \"tok_b\", \"meta\": {\"tags\": [\"x\", \"tok_c\"]}}\n]\n";
    ResourceReport r = scan(scanner, write(dir, "alpaca.json", json));
    assertStatus(ResourceStatus.COMPLETE, r);
    assertEquals(DataFormat.JSON, r.format());
    assertEquals(List.of("0 $.output", "1 $.instruction", "1 $.meta.tags[1]"), where(r));
    assertEquals(2, r.stats().records());
  }

  @Test
  void singleObjectIsOneRecordAndConcatenatedValuesAreRecords() {
    assertEquals(List.of("0 $.a.b"), where(scan(scanner, write(dir, "one.json", "{\"a\": {\"b\": \"tok_x\"}}"))));
    ResourceReport lines = scan(scanner, write(dir, "lines.json", "{\"a\":\"x\"}\n{\"a\":\"tok_y\"}\n"));
    assertEquals(List.of("1 $.a"), where(lines));
  }

  @Test
  void syntaxErrorIsPartialWithItsLine() {
    ResourceReport r = scan(scanner, write(dir, "bad.json", "[\n{\"a\":\"tok_1\"},\n{\"a\" \"tok_2\"}\n]"));
    assertStatus(ResourceStatus.PARTIAL, r);
    assertEquals(1, r.findings().get(0).count());
    Issue last = r.issues().get(r.issues().size() - 1);
    assertTrue(last.message().contains("line 3") && !last.message().contains("tok_2"), last.message());
  }

  @Test
  void oversizedElementIsBoundedAndReported() {
    StringBuilder sb = new StringBuilder("[{\"a\":\"tok_first\"},{\"list\":[");
    for (int i = 0; i < 20_000; i++) {
      sb.append(i == 0 ? "" : ",").append("\"v").append(i).append('"');
    }
    sb.append("]},{\"a\":\"tok_after\"}]");
    ResourceReport r = scan(tokenScanner().maxRecordLength(10_000).build(), write(dir, "big.json", sb.toString()));
    assertStatus(ResourceStatus.PARTIAL, r);
    assertTrue(r.issues().get(r.issues().size() - 1).message().contains("longer than the limit"), r.issues().toString());
  }

  @Test
  void notJsonIsRejected() {
    ResourceReport r = scan(scanner, write(dir, "x.json", "name,value\n"));
    assertStatus(ResourceStatus.FAILED, r);
    assertTrue(r.issues().get(0).message().contains("starts with"), r.issues().toString());
  }
}
