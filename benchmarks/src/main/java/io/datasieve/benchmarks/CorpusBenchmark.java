package io.datasieve.benchmarks;

import io.datasieve.DatasetResource;
import io.datasieve.ResourceReport;
import io.datasieve.Scanner;
import io.datasieve.detectors.UsSsnDetector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * One whole-file scan per operation over the {@link ThroughputCorpus} files: the PII-dense CRM
 * export ({@code crm}, {@value #CRM_ROWS} rows, 24 columns with a notes column) and the mixed
 * JSONL of chats, code, configs and logs ({@code mixed}, {@value #MIXED_RECORDS} records).
 * {@code raw} reads only, {@code ssn} runs the US SSN detector, {@code pii} every built-in
 * detector. Every operation checks its report against what the generator planted
 * ({@link Expectations}), so a broken reader or detector cannot look fast. One thread unless
 * {@code -p threads=1,2}; with two, files are cut into parts of 1 MiB,
 * as the CLI cuts large files.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class CorpusBenchmark {
  static final int CRM_ROWS = 20_000;
  static final int MIXED_RECORDS = 10_000;

  /** crm: the CRM export as CSV; mixed: the mixed JSONL. */
  @Param({"crm", "mixed"})
  public String corpus;

  /** raw: reading only; ssn: the US SSN detector; pii: every built-in detector. */
  @Param({"raw", "ssn", "pii"})
  public String detector;

  /** Scanner threads. */
  @Param({"1"})
  public int threads;

  private Path dir;
  private DatasetResource resource;
  private Scanner scanner;
  private Expectations expected;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("datasieve-corpus-bench");
    Path file = dir.resolve(corpus.equals("crm") ? ThroughputCorpus.CRM_FILE : ThroughputCorpus.MIXED_FILE);
    ThroughputCorpus.Contents contents = write(corpus, file);
    resource = DatasetResource.of(file);
    scanner = scanner(detector, threads, 1 << 20);
    expected = Expectations.of(corpus, detector, contents);
  }

  /** Writes one corpus at its benchmark size. */
  static ThroughputCorpus.Contents write(String corpus, Path file) throws IOException {
    return switch (corpus) {
      case "crm" -> ThroughputCorpus.writeCrm(file, CRM_ROWS, Long.MAX_VALUE);
      case "mixed" -> ThroughputCorpus.writeMixed(file, MIXED_RECORDS, Long.MAX_VALUE);
      default -> throw new IllegalArgumentException("unknown corpus '" + corpus + "': expected crm or mixed");
    };
  }

  /** The scanner of one case: raw, ssn or pii, on the given thread count, reading files of splitSize bytes or more in parts. */
  static Scanner scanner(String detector, int threads, long splitSize) {
    Scanner.Builder b = Scanner.builder().threads(threads).splitSize(splitSize);
    switch (detector) {
      case "raw" -> b.detector(new ScanBenchmark.TouchDetector());
      case "ssn" -> b.detector(new UsSsnDetector());
      case "pii" -> b.loadDetectors();
      default -> throw new IllegalArgumentException("unknown detector '" + detector + "': expected raw, ssn or pii");
    }
    return b.build();
  }

  @Benchmark
  public ResourceReport scan() {
    return expected.check(scanner.scan(resource));
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
