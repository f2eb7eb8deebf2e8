package io.datasieve.internal;

import static io.datasieve.testing.Scans.json;
import static io.datasieve.testing.Scans.tokenScanner;
import static io.datasieve.testing.Scans.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datasieve.DatasetResource;
import io.datasieve.Issue;
import io.datasieve.ScanReport;
import io.datasieve.spi.FieldPath;
import io.datasieve.spi.SourceContext;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a large file in parts, in parallel, reports exactly what one sequential read does. */
class SplitReadingTest {
  @TempDir Path dir;

  private static String sequential(Path file) {
    return json(tokenScanner().threads(1).allOccurrences().maxIssues(10_000).build().scan(List.of(DatasetResource.of(file))));
  }

  private static String split(Path file) {
    return json(tokenScanner().threads(4).splitSize(64 * 1024).allOccurrences().maxIssues(10_000).build()
        .scan(List.of(DatasetResource.of(file))));
  }

  private static SourceContext context(Path file) {
    return new SourceContext() {
      @Override public DatasetResource resource() { return DatasetResource.of(file); }
      @Override public InputStream openStream() { throw new IllegalStateException(); }
      @Override public int maxRecordLength() { return 1 << 20; }
      @Override public void report(Issue issue) { }
      @Override public FieldPath fieldPath(String path) { return FieldPath.of(path); }
    };
  }

  @Test
  void csvWithQuotesNewlinesEmptyLinesRaggedRowsAndBadUtf8() throws Exception {
    Random random = new Random(3);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.write("id,text,extra\r\n".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 20_000; i++) {
      String text = switch (random.nextInt(7)) {
        case 0 -> "\"multi\nline, with \"\"quotes\"\" tok_m" + i + "\"";
        case 1 -> "\"a,b\"\"\nc\"";
        case 2 -> "plain tok_p" + i;
        case 3 -> "\"\"";
        default -> "x" + i;
      };
      out.write((i + "," + text + (random.nextInt(50) == 0 ? ",e,ragged" : ",e")).getBytes(StandardCharsets.UTF_8));
      out.write(random.nextBoolean() ? "\r\n".getBytes(StandardCharsets.UTF_8) : "\n".getBytes(StandardCharsets.UTF_8));
      if (random.nextInt(100) == 0) {
        out.write('\n'); // empty line: not a record
      }
      if (i == 15_000) {
        out.write(new byte[] {'9', ',', (byte) 0xC3, '(', ',', 'x', '\n'}); // invalid UTF-8, late in the file
      }
    }
    Path file = write(dir, "big.csv", out.toByteArray());
    assertTrue(new CsvSourceProvider().split(context(file), file, 64 * 1024).size() > 4, "the file is split");
    String expected = sequential(file);
    assertEquals(expected, split(file));
    assertTrue(expected.contains("invalid UTF-8") && expected.contains("but the header has 3"), "the test data exercises both issues");
  }

  @Test
  void jsonlWithBlankAndBadLines() throws Exception {
    Random random = new Random(5);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 30_000; i++) {
      switch (random.nextInt(40)) {
        case 0 -> sb.append('\n');
        case 1 -> sb.append("{broken\n");
        default -> sb.append("{\"i\":").append(i).append(",\"m\":[{\"c\":\"hi tok_")
            .append(random.nextInt(5) == 0 ? "x" + i : "").append("\"}]}\n");
      }
    }
    Path file = write(dir, "big.jsonl", sb.toString());
    assertTrue(new JsonlSourceProvider().split(context(file), file, 64 * 1024).size() > 4, "the file is split");
    assertEquals(sequential(file), split(file));
  }

  @Test
  void smallFilesAreNotSplit() {
    Path file = write(dir, "small.jsonl", "{\"a\":\"tok_1\"}\n");
    ScanReport r = tokenScanner().threads(4).splitSize(64 * 1024).build().scan(List.of(DatasetResource.of(file)));
    assertEquals(1, r.resources().get(0).findings().get(0).count());
  }
}
