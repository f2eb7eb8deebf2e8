package io.datasieve.benchmarks;

import io.datasieve.DatasetResource;
import io.datasieve.InfoType;
import io.datasieve.ResourceReport;
import io.datasieve.ResourceStatus;
import io.datasieve.Scanner;
import io.datasieve.Severity;
import io.datasieve.detectors.UsSsnDetector;
import io.datasieve.spi.Detector;
import io.datasieve.spi.FieldValue;
import io.datasieve.spi.MatchSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One whole-file scan per operation over the same rows in each format, single-threaded unless
 * {@code -p threads=1,2}.
 * {@code detector=raw} runs a detector that only touches each value: the cost of reading and the
 * engine (the baseline). {@code detector=ssn} runs the US SSN detector: read plus detection. Both
 * check their result, so a broken reader or detector cannot look fast. MiB/s = file size / time;
 * {@link BenchmarkMain} prints it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScanBenchmark {
  static final int ROWS = 100_000;

  @Param({"CSV", "JSONL", "PARQUET"})
  public String format;

  /** raw: reading only; ssn: the US SSN detector; pii: every built-in detector (PII with names, and secrets). */
  @Param({"raw", "ssn", "pii"})
  public String detector;

  /** Scanner threads; above 1 the files (over 32 MiB for CSV and JSONL) are read in parts. */
  @Param({"1"})
  public int threads;

  private Path dir;
  private DatasetResource resource;
  private Scanner scanner;
  private long expectedSsns;

  /** Touches every char of every value, reports nothing: the baseline. */
  static final class TouchDetector implements Detector {
    static final InfoType NONE = new InfoType("NONE", "TEST", "TEST/None", Severity.LOW);
    volatile long sink;

    @Override
    public String id() {
      return "touch";
    }

    @Override
    public List<InfoType> infoTypes() {
      return List.of(NONE);
    }

    @Override
    public void detect(FieldValue value, MatchSink matches) {
      sink += value.text().length();
    }
  }

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("datasieve-bench");
    expectedSsns = BenchmarkData.write(dir, ROWS).ssns;
    resource = DatasetResource.of(dir.resolve("rows." + format.toLowerCase()));
    Scanner.Builder b = Scanner.builder().threads(threads);
    switch (detector) {
      case "ssn" -> b.detector(new UsSsnDetector());
      case "pii" -> b.loadDetectors();
      default -> b.detector(new TouchDetector());
    }
    scanner = b.build();
  }

  @Benchmark
  public ResourceReport scan() {
    ResourceReport r = scanner.scan(resource);
    if (r.status() != ResourceStatus.COMPLETE || r.stats().records() != ROWS) {
      throw new IllegalStateException("broken scan: " + r.status() + " " + r.issues());
    }
    long found = r.findings().stream().filter(f -> f.infoType().id().equals("US_SSN")).mapToLong(f -> f.count()).sum();
    if (found != (detector.equals("raw") ? 0 : expectedSsns)) {
      throw new IllegalStateException("expected " + expectedSsns + " SSNs, found " + found);
    }
    if (detector.equals("pii") && r.findings().stream().noneMatch(f -> f.infoType().id().equals("PERSON_NAME"))) {
      throw new IllegalStateException("the PII suite found no names in text that has them");
    }
    return r;
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (var s = Files.list(dir)) {
      for (Path p : s.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(dir);
  }
}
