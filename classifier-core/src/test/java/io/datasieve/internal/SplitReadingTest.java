package io.datasieve.internal;

import static io.datasieve.testing.Scans.json;
import static io.datasieve.testing.Scans.tokenScanner;
import static io.datasieve.testing.Scans.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datasieve.DataFormat;
import io.datasieve.DatasetResource;
import io.datasieve.Issue;
import io.datasieve.ResourceReport;
import io.datasieve.ResourceStatus;
import io.datasieve.ScanListener;
import io.datasieve.ScanReport;
import io.datasieve.Scanner;
import io.datasieve.spi.ContentSample;
import io.datasieve.spi.FieldPath;
import io.datasieve.spi.RecordSource;
import io.datasieve.spi.RecordSourceProvider;
import io.datasieve.spi.SourceContext;
import io.datasieve.spi.Split;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
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
  void csvWithQuotesLineBreaksOfEveryKindEmptyLinesRaggedRowsAndBadUtf8() throws Exception {
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
        case 4 -> "\"a lone\rCR and a CRLF\r\ninside quotes tok_c" + i + "\"";
        default -> "x" + i;
      };
      out.write((i + "," + text + (random.nextInt(50) == 0 ? ",e,ragged" : ",e")).getBytes(StandardCharsets.UTF_8));
      // Line breaks of every kind: LF, CRLF, and now and then a lone CR.
      String lineBreak = random.nextInt(20) == 0 ? "\r" : random.nextBoolean() ? "\r\n" : "\n";
      out.write(lineBreak.getBytes(StandardCharsets.UTF_8));
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
  void aByteOrderMarkIsSkippedWhereTheFileStartsAndReadAsTextElsewhere() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    out.write(bom);
    out.write("\"note\nline\",id\n".getBytes(StandardCharsets.UTF_8)); // a quoted first field right after the mark
    for (int i = 0; i < 20_000; i++) {
      if (i % 40 == 0) {
        out.write(bom); // two exports joined: a mark at the start of a line, further on
        out.write(("\"joined\ntok_j" + i + "\"," + i + "\n").getBytes(StandardCharsets.UTF_8));
      }
      out.write(("text tok_p" + i + "," + i + "\n").getBytes(StandardCharsets.UTF_8));
    }
    Path file = write(dir, "bom.csv", out.toByteArray());
    assertTrue(new CsvSourceProvider().split(context(file), file, 64 * 1024).size() > 4, "the file is split");
    assertEquals(sequential(file), split(file));
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
  void aDivisionThatFailsAfterItsFirstPartsLeavesAPartialReportNamingTheFailure() throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 30_000; i++) {
      sb.append("{\"i\":").append(i).append(",\"m\":\"hi tok_").append(i).append("\"}\n");
    }
    Path file = write(dir, "big.jsonl", sb.toString());
    JsonlSourceProvider jsonl = new JsonlSourceProvider();
    // JSONL as usual, except that dividing the file fails once two parts have been handed on.
    RecordSourceProvider failing = new RecordSourceProvider() {
      @Override public DataFormat format() { return jsonl.format(); }
      @Override public Set<String> fileExtensions() { return jsonl.fileExtensions(); }
      @Override public String rejectContent(ContentSample sample) { return jsonl.rejectContent(sample); }
      @Override public RecordSource open(SourceContext context) throws IOException { return jsonl.open(context); }
      @Override public RecordSource open(SourceContext context, Split part) throws IOException { return jsonl.open(context, part); }

      @Override
      public void split(SourceContext context, Path f, long targetBytes, Consumer<? super Split> parts) throws IOException {
        int[] handed = {0};
        try {
          jsonl.split(context, f, targetBytes, part -> {
            if (handed[0]++ == 2) {
              throw new IllegalStateException("disk went away");
            }
            parts.accept(part);
          });
        } catch (IllegalStateException e) {
          throw new IOException(e.getMessage());
        }
      }
    };
    Scanner scanner = tokenScanner().threads(4).splitSize(64 * 1024).build();
    ScanEngine engine = new ScanEngine(scanner.settings(), null, scanner.detectors(), List.of(failing));
    ResourceReport r = engine.scan(List.of(DatasetResource.of(file)), ScanListener.none()).get(0);
    assertEquals(ResourceStatus.PARTIAL, r.status());
    assertTrue(r.issues().stream().anyMatch(i -> i.message().contains("could not be divided") && i.message().contains("disk went away")),
        r.issues().toString());
    assertTrue(r.stats().records() > 0 && r.stats().records() < 30_000, "two parts read: " + r.stats().records());
  }

  @Test
  void smallFilesAreNotSplit() {
    Path file = write(dir, "small.jsonl", "{\"a\":\"tok_1\"}\n");
    ScanReport r = tokenScanner().threads(4).splitSize(64 * 1024).build().scan(List.of(DatasetResource.of(file)));
    assertEquals(1, r.resources().get(0).findings().get(0).count());
  }
}
