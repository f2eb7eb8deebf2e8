package io.datasieve.internal;

import io.datasieve.ScanSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datasieve.EvidencePolicy;
import io.datasieve.Issue;
import io.datasieve.spi.FieldPath;
import io.datasieve.spi.RecordSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SourceReaderTest {
  private static final FieldPath TEXT = FieldPath.of("text");
  private static final FieldPath OTHER = FieldPath.of("other");

  private static ScanSettings settings(long maxRecords, double sampleFraction, int maxFieldLength) {
    return new ScanSettings(0.5, 20, EvidencePolicy.MASKED, 1, maxFieldLength, 1 << 20, maxRecords, sampleFraction,
        100, 1 << 20, 0.5, Set.of(), List.of(), Map.of());
  }

  /** Records of two fields, {@code text} ("v<i>", or empty for every third) and {@code other}; fails at {@code failAt}. */
  private static final class Records implements RecordSource {
    private final int count;
    private final int failAt;
    private final int textLength;
    private int index = -1;
    boolean closed;

    Records(int count, int failAt, int textLength) {
      this.count = count;
      this.failAt = failAt;
      this.textLength = textLength;
    }

    @Override public boolean next() throws IOException {
      if (index + 1 == failAt) {
        throw new IOException("disk gone");
      }
      return ++index < count;
    }
    @Override public long recordIndex() { return index; }
    @Override public long line() { return index + 2; }
    @Override public int fieldCount() { return 2; }
    @Override public FieldPath field(int i) { return i == 0 ? TEXT : OTHER; }
    @Override public String value(int i) {
      if (i == 1) {
        return index % 3 == 0 ? "" : "o" + index;
      }
      return textLength > 0 ? "x".repeat(textLength) : "v" + index;
    }
    @Override public void close() { closed = true; }
  }

  /** (record, field, value) of every batched value, in order. */
  private static List<String> values(List<Batch> batches) {
    List<String> out = new ArrayList<>();
    for (Batch b : batches) {
      for (int i = 0; i < b.size; i++) {
        out.add(b.records[i] + ":" + b.fields[i].path() + "=" + b.values[i]);
      }
    }
    return out;
  }

  @Test
  void everyNonEmptyValueIsBatchedInOrderAndBatchesAreCutWhenFull() {
    List<Batch> batches = new ArrayList<>();
    IssueLog issues = new IssueLog(10);
    SourceReader reader = new SourceReader(settings(Long.MAX_VALUE, 1.0, 1 << 20), issues, batches::add);
    Records records = new Records(3000, -1, 0);
    SourceReader.Reading reading = reader.read(() -> records);
    assertEquals(3000, reading.records());
    assertFalse(reading.fatal() || reading.stoppedEarly());
    assertTrue(records.closed);
    assertEquals(List.of(Batch.MAX_VALUES, Batch.MAX_VALUES, 5000 - 2 * Batch.MAX_VALUES),
        batches.stream().map(b -> b.size).toList(), "5000 values: full batches and the rest");
    assertEquals(5000, reader.fields());
    List<String> values = values(batches);
    assertEquals(List.of("0:text=v0", "1:text=v1", "1:other=o1", "2:text=v2"), values.subList(0, 4));
    assertEquals("2999:other=o2999", values.get(values.size() - 1));
    assertEquals(List.of(), issues.toList());
  }

  @Test
  void theRecordLimitStopsTheReadAndSaysWhere() {
    List<Batch> batches = new ArrayList<>();
    IssueLog issues = new IssueLog(10);
    SourceReader.Reading reading = new SourceReader(settings(5, 1.0, 1 << 20), issues, batches::add)
        .read(() -> new Records(100, -1, 0));
    assertEquals(5, reading.records());
    assertTrue(reading.stoppedEarly());
    assertEquals(List.of(new Issue(Issue.Level.WARNING,
        "stopped at the record limit of 5; the rest of the resource was not scanned", 5L, 7L)), issues.toList());
    assertEquals("4:other=o4", values(batches).get(values(batches).size() - 1));
  }

  @Test
  void samplingSkipsTheSameRecordsEveryTimeAndCountsAllRead() {
    List<Batch> first = new ArrayList<>();
    List<Batch> second = new ArrayList<>();
    SourceReader.Reading reading = new SourceReader(settings(Long.MAX_VALUE, 0.25, 1 << 20), new IssueLog(10), first::add)
        .read(() -> new Records(2000, -1, 0));
    new SourceReader(settings(Long.MAX_VALUE, 0.25, 1 << 20), new IssueLog(10), second::add)
        .read(() -> new Records(2000, -1, 0));
    assertEquals(2000, reading.records(), "records read, sampled or not");
    assertEquals(values(first), values(second));
    long sampled = values(first).stream().filter(v -> v.contains(":text=")).count();
    assertTrue(sampled > 400 && sampled < 600, "sampled " + sampled);
    for (String v : values(first)) {
      assertTrue(SourceReader.sampled(Long.parseLong(v.substring(0, v.indexOf(':'))), 0.25), v);
    }
  }

  @Test
  void overLongValuesAreCutAndSaySo() {
    List<Batch> batches = new ArrayList<>();
    IssueLog issues = new IssueLog(10);
    new SourceReader(settings(Long.MAX_VALUE, 1.0, 64), issues, batches::add).read(() -> new Records(1, -1, 100));
    assertEquals("x".repeat(64), batches.get(0).values[0]);
    assertEquals(List.of(new Issue(Issue.Level.WARNING,
        "value of field 'text' has 100 chars; only the first 64 were scanned", 0L, 2L)), issues.toList());
  }

  @Test
  void valuesReadBeforeAFailureAreStillHandedOn() {
    List<Batch> batches = new ArrayList<>();
    IssueLog issues = new IssueLog(10);
    Records records = new Records(100, 10, 0);
    SourceReader.Reading reading = new SourceReader(settings(Long.MAX_VALUE, 1.0, 1 << 20), issues, batches::add)
        .read(() -> records);
    assertTrue(reading.fatal());
    assertEquals(10, reading.records());
    assertTrue(records.closed);
    assertEquals("9:text=v9", values(batches).get(values(batches).size() - 1), "record 9 has no other value");
    assertEquals(List.of(new Issue(Issue.Level.ERROR, "reading stopped: disk gone", 9L, 11L)), issues.toList());
  }

  @Test
  void aSourceThatCannotBeOpenedIsAFatalReadingWithoutAPlace() {
    IssueLog issues = new IssueLog(10);
    SourceReader reader = new SourceReader(settings(Long.MAX_VALUE, 1.0, 1 << 20), issues, b -> {
      throw new AssertionError("no batch");
    });
    SourceReader.Reading reading = reader.read(() -> {
      throw new IOException("no such file");
    });
    assertTrue(reading.fatal());
    assertEquals(0, reading.records());
    assertEquals(List.of(new Issue(Issue.Level.ERROR, "cannot read: no such file", null, null)), issues.toList());
    SourceReader.Reading failedAtOnce = reader.read(() -> new Records(5, 0, 0));
    assertTrue(failedAtOnce.fatal());
  }

  @Test
  void readingsAdd() {
    SourceReader reader = new SourceReader(settings(Long.MAX_VALUE, 1.0, 1 << 20), new IssueLog(10), b -> { });
    SourceReader.Reading total = new SourceReader.Reading();
    total.add(reader.read(() -> new Records(7, -1, 0)));
    total.add(reader.read(() -> new Records(5, 3, 0)));
    assertEquals(10, total.records());
    assertTrue(total.fatal());
    assertFalse(total.stoppedEarly());
  }

  @Test
  void failuresAreDescribedForTheUser() {
    assertEquals("out of memory (raise -Xmx or lower the record length limit)",
        SourceReader.describe(new OutOfMemoryError("Java heap space")));
    assertEquals("structure nested too deeply", SourceReader.describe(new StackOverflowError()));
    assertEquals("EOFException: Unexpected end of ZLIB input stream (truncated or corrupt file?)",
        SourceReader.describe(new java.io.UncheckedIOException(new java.io.EOFException("Unexpected end of ZLIB input stream"))));
    assertEquals("IllegalStateException", SourceReader.describe(new IllegalStateException()));
  }
}
