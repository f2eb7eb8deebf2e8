package io.datasieve;

import static io.datasieve.testing.Scans.scan;
import static io.datasieve.testing.Scans.tokenScanner;
import static io.datasieve.testing.Scans.assertStatus;
import static io.datasieve.testing.Scans.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvReadingTest {
  @TempDir Path dir;
  private final Scanner scanner = tokenScanner().build();

  private static Occurrence only(ResourceReport r) {
    assertEquals(1, r.findings().size(), () -> r.findings() + " " + r.issues());
    assertEquals(1, r.findings().get(0).occurrences().size());
    return r.findings().get(0).occurrences().get(0);
  }

  @Test
  void headerNamesFieldsAndRecordsAreZeroBasedDataRows() {
    ResourceReport r = scan(scanner, write(dir, "a.csv", "id,secret\n1,none\n2,x tok_abc1 y\n"));
    assertStatus(ResourceStatus.COMPLETE, r);
    assertEquals(DataFormat.CSV, r.format());
    Occurrence o = only(r);
    assertEquals(1, o.record());
    assertEquals("secret", o.field());
    assertEquals(2, o.start());
    assertEquals(10, o.end());
    assertEquals(2, r.stats().records());
  }

  @ParameterizedTest
  @ValueSource(strings = {",", ";", "\t", "|"})
  void sniffsDelimiter(String d) {
    String csv = String.join(d, "id", "name", "note") + "\n" + String.join(d, "1", "\"a, b; c | d\"", "tok_x1") + "\n"
        + String.join(d, "2", "b", "c") + "\n";
    ResourceReport r = scan(scanner, write(dir, "d.csv", csv));
    assertEquals("note", only(r).field());
  }

  @Test
  void quotedMultiLineFieldsKeepRecordIndexAndLines() {
    String csv = "id,text\n1,\"line one\nline two tok_ml2\"\n2,\"say \"\"tok_q3\"\"\"\n3,ok\n";
    ResourceReport r = scan(scanner, write(dir, "m.csv", csv));
    Finding f = r.findings().get(0);
    assertEquals(2, f.count());
    assertEquals(0, f.occurrences().get(0).record());
    assertEquals(1, f.occurrences().get(1).record());
    assertEquals(3, r.stats().records());
  }

  @Test
  void stripsUtf8Bom() {
    byte[] body = "name,secret\nx,tok_bom\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertEquals("secret", only(scan(scanner, write(dir, "bom.csv", withBom))).field());
    // The first column is named "name", not "\uFEFFname".
    ResourceReport r = scan(scanner, write(dir, "bom2.csv", withBom));
    assertStatus(ResourceStatus.COMPLETE, r);
  }

  @Test
  void noHeaderGivesColumnN() {
    ResourceReport r = scan(scanner, write(dir, "nh.csv", "1,alice@example.com,tok_nh\n2,bob@example.com,x\n"));
    Occurrence o = only(r);
    assertEquals("column_3", o.field());
    assertEquals(0, o.record());
  }

  @Test
  void raggedRowsWarnAndExtraFieldsAreScanned() {
    ResourceReport r = scan(scanner, write(dir, "r.csv", "a,b\n1,2,tok_extra\n3\n"));
    assertStatus(ResourceStatus.COMPLETE, r);
    assertEquals("column_3", only(r).field());
    Issue i = r.issues().get(0);
    assertEquals(Issue.Level.WARNING, i.severity());
    assertEquals(0L, i.record());
    assertEquals(2L, i.line());
  }

  @Test
  void gzipByNameAndByContent() {
    assertEquals("s", only(scan(scanner, write(dir, "z.csv.gz", "s\ntok_gz\n"))).field());
  }

  @Test
  void unterminatedQuoteIsAnErrorWithItsLineAndEarlierRecordsCount() {
    ResourceReport r = scan(scanner, write(dir, "bad.csv", "a,b\n1,tok_before\n2,\"never closed\n3,x\n"));
    assertStatus(ResourceStatus.PARTIAL, r);
    assertEquals(1, r.findings().get(0).count());
    Issue err = r.issues().get(r.issues().size() - 1);
    assertEquals(Issue.Level.ERROR, err.severity());
    assertTrue(err.message().contains("line 3"), err.message());
  }

  @Test
  void invalidUtf8IsReportedWithOffsetAndTheRestIsScanned() {
    byte[] head = "a,b\n1,".getBytes(StandardCharsets.UTF_8);
    byte[] tail = ",tok_after\n".getBytes(StandardCharsets.UTF_8);
    byte[] data = new byte[head.length + 2 + tail.length];
    System.arraycopy(head, 0, data, 0, head.length);
    data[head.length] = (byte) 0xC3; // truncated 2-byte sequence
    data[head.length + 1] = (byte) 0x28;
    System.arraycopy(tail, 0, data, head.length + 2, tail.length);
    ResourceReport r = scan(scanner, write(dir, "u.csv", data));
    assertStatus(ResourceStatus.COMPLETE, r);
    assertEquals("column_3", only(r).field());
    Issue w = r.issues().get(r.issues().size() - 1);
    assertTrue(w.message().contains("invalid UTF-8") && w.message().contains("byte offset " + head.length), w.message());
  }

  @Test
  void binaryFileNamedCsvFails() {
    byte[] bin = new byte[4096];
    for (int i = 0; i < bin.length; i++) {
      bin[i] = (byte) (i * 31);
    }
    ResourceReport r = scan(scanner, write(dir, "img.csv", bin));
    assertStatus(ResourceStatus.FAILED, r);
    assertTrue(r.issues().get(0).message().contains("binary"), r.issues().toString());
  }

  @Test
  void zipFileNamedCsvIsNamedByItsType() {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
    ResourceReport r = scan(scanner, write(dir, "archive.csv", zip));
    assertStatus(ResourceStatus.FAILED, r);
    assertTrue(r.issues().get(0).message().contains("zip"), r.issues().toString());
  }

  @Test
  void hugeUnterminatedRecordIsBoundedAndReported() {
    StringBuilder sb = new StringBuilder("a,b\n1,tok_first\n2,\"");
    sb.append("x".repeat(300_000));
    Scanner small = tokenScanner().maxRecordLength(10_000).build();
    ResourceReport r = scan(small, write(dir, "huge.csv", sb.toString()));
    assertStatus(ResourceStatus.PARTIAL, r);
    assertEquals(1, r.findings().get(0).count());
    assertTrue(r.issues().get(r.issues().size() - 1).message().contains("longer than the limit"));
  }

  @Test
  void longFieldIsCutAtTheFieldLimitWithAWarning() {
    String csv = "a\n" + "y".repeat(200) + " tok_late\n";
    ResourceReport r = scan(tokenScanner().maxFieldLength(100).build(), write(dir, "long.csv", csv));
    assertEquals(List.of(), r.findings());
    assertTrue(r.issues().get(0).message().contains("only the first 100"), r.issues().toString());
  }

  @Test
  void emptyFileIsComplete() {
    ResourceReport r = scan(scanner, write(dir, "empty.csv", ""));
    assertStatus(ResourceStatus.COMPLETE, r);
    assertEquals(0, r.stats().records());
  }

  @Test
  void utf16IsRejectedWithAClearReason() {
    byte[] utf16 = "\uFEFFa,b\n1,2\n".getBytes(StandardCharsets.UTF_16LE);
    ResourceReport r = scan(scanner, write(dir, "w.csv", utf16));
    assertStatus(ResourceStatus.FAILED, r);
    assertNotNull(r.issues().get(0).message());
    assertTrue(r.issues().get(0).message().contains("UTF-16"), r.issues().toString());
  }

  @Test
  void headerAndDelimiterCanBeSetInsteadOfDetected() {
    Path f = write(dir, "names.csv", "Jane Doe,Spring St\ntok_row1,x\n");
    ResourceReport auto = scan(scanner, f);
    assertEquals("Jane Doe", only(auto).field(), "detected: the first row looks like a header");
    ResourceReport none = scan(tokenScanner().readerOption("csv.header", "no").build(), f);
    assertEquals(1, only(none).record(), "no header: the first row is record 0");
    assertEquals("column_1", only(none).field());
    Path semi = write(dir, "semi.csv", "a;b\n1;tok_s\n");
    assertEquals("column_2", only(scan(tokenScanner().readerOption("csv.header", "no").readerOption("csv.delimiter", ";").build(), semi)).field());
    assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> tokenScanner().readerOption("csv.header", "maybe").build()).getMessage().contains("csv.header=maybe"));
    assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> tokenScanner().readerOption("csv.quote", "'").build()).getMessage().contains("unknown option"));
    assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> tokenScanner().readerOption("xml.root", "a").build()).getMessage().contains("no reader for format 'xml'"));
  }
}
