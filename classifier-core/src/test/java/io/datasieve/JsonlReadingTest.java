package io.datasieve;

import static io.datasieve.testing.Scans.scan;
import static io.datasieve.testing.Scans.tokenScanner;
import static io.datasieve.testing.Scans.assertStatus;
import static io.datasieve.testing.Scans.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlReadingTest {
  @TempDir Path dir;
  private final Scanner scanner = tokenScanner().allOccurrences().build();

  private static List<String> fields(ResourceReport r) {
    return r.findings().get(0).occurrences().stream().map(Occurrence::field).toList();
  }

  @Test
  void nestedObjectsAndArraysBecomeJsonPaths() {
    String line = "{\"user\":{\"name\":\"tok_a1\",\"phones\":[\"x\",\"tok_p2\"]},"
        + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},{\"content\":\"x\"},{\"content\":\"tok_c3\"}],"
        + "\"odd key\":\"tok_k4\",\"n\":5,\"ok\":true,\"nil\":null}\n";
    ResourceReport r = scan(scanner, write(dir, "a.jsonl", line));
    assertStatus(ResourceStatus.COMPLETE, r);
    assertEquals(List.of("$.user.name", "$.user.phones[1]", "$.messages[2].content", "$['odd key']"), fields(r));
    // Every non-null value counts: 2 + 2 + 3 + 1 + number + boolean = 10 (role is one more).
    assertEquals(10, r.stats().fields());
  }

  @Test
  void recordIsTheLineIndexCountingBlankAndBadLines() {
    String data = "{\"a\":\"x\"}\n\n{not json tok_hidden}\n{\"a\":\"tok_l3\"}\r\n";
    ResourceReport r = scan(scanner, write(dir, "b.jsonl", data));
    assertStatus(ResourceStatus.PARTIAL, r);
    assertEquals(3, r.findings().get(0).occurrences().get(0).record());
    Issue i = r.issues().get(0);
    assertEquals(Issue.Level.ERROR, i.severity());
    assertEquals(2L, i.record());
    assertEquals(3L, i.line());
    assertTrue(!i.message().contains("tok_hidden") && !i.message().contains("not json"), i.message());
  }

  @Test
  void topLevelArraysAndScalarsAreValues() {
    ResourceReport r = scan(scanner, write(dir, "c.jsonl", "[\"tok_arr\"]\n\"tok_str\"\n"));
    assertEquals(List.of("$[0]", "$"), fields(r));
  }

  @Test
  void deepNestingIsAnErrorOnThatLineOnly() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    ResourceReport r = scan(scanner, write(dir, "d.jsonl", deep + "\n{\"a\":\"tok_after\"}\n"));
    assertStatus(ResourceStatus.PARTIAL, r);
    assertEquals(1, r.findings().get(0).count());
    assertTrue(r.issues().get(0).message().contains("limit"), r.issues().toString());
  }

  @Test
  void overlongLineIsSkippedWithAnError() {
    String data = "{\"a\":\"" + "z".repeat(50_000) + "\"}\n{\"a\":\"tok_ok\"}\n";
    ResourceReport r = scan(tokenScanner().maxRecordLength(4096).build(), write(dir, "e.jsonl", data));
    assertStatus(ResourceStatus.PARTIAL, r);
    assertEquals(1L, r.findings().get(0).occurrences().get(0).record());
    assertTrue(r.issues().get(0).message().contains("longer than the limit"));
  }

  @Test
  void invalidUtf8LineIsAnErrorAndOthersAreScanned() {
    byte[] bad = {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}', '\n'};
    byte[] good = "{\"a\":\"tok_good\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] all = new byte[bad.length + good.length];
    System.arraycopy(bad, 0, all, 0, bad.length);
    System.arraycopy(good, 0, all, bad.length, good.length);
    ResourceReport r = scan(scanner, write(dir, "f.jsonl", all));
    assertEquals(1, r.findings().get(0).count());
    assertEquals(1L, r.issues().get(0).line());
  }

  @Test
  void gzip() {
    ResourceReport r = scan(scanner, write(dir, "g.ndjson.gz", "{\"k\":\"tok_gz\"}\n"));
    assertEquals(List.of("$.k"), fields(r));
  }

  @Test
  void truncatedGzipIsPartialWithReason() throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      sb.append("{\"i\":").append(i).append(",\"t\":\"tok_").append(i).append("\"}\n");
    }
    Path full = write(dir, "h.jsonl.gz", sb.toString());
    byte[] bytes = java.nio.file.Files.readAllBytes(full);
    Path truncated = dir.resolve("t.jsonl.gz");
    java.nio.file.Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    ResourceReport r = scan(scanner, truncated);
    assertStatus(ResourceStatus.PARTIAL, r);
    assertTrue(r.findings().get(0).count() > 0);
    assertTrue(r.issues().get(r.issues().size() - 1).message().contains("truncated"), r.issues().toString());
  }
}
