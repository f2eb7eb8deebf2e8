package io.datasieve.benchmarks;

import io.datasieve.DatasetResource;
import io.datasieve.Scanner;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * The ratios the throughput guard watches ({@link ThroughputGuard}), each measured inside one
 * fork by alternating its two sides in every operation: a baseline scan (raw reading, or the full
 * suite on one thread) and the measured scan (the full suite, or the full suite on two threads)
 * of the same file. Machine speed and load drift then move both sides alike, which separate forks
 * measured one after the other cannot promise.
 *
 * <p>The sides are timed into {@link Clock}, JMH's auxiliary counters, in wall-clock time and in
 * CPU time of the benchmark thread. A scanner with one thread runs everything on the calling
 * thread, so for the full-suite/raw ratios CPU time is the cost itself, unaffected by other
 * processes competing for the cores (a shared 2-core machine moves wall-clock ratios by half);
 * the two-thread/one-thread ratio can only be wall-clock time. The baseline side is repeated
 * within an operation so that both sides take comparable time (the repeat count adapts between
 * iterations; it changes the noise, not the ratio). Every scan's report is checked
 * ({@link Expectations}). Files are small enough that today's slowest case fits the guard's time
 * budget.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class RatioBenchmark {
  static final int SUPPORT_ROWS = 5_000;
  static final int CRM_ROWS = 600;
  static final int MIXED_RECORDS = 1_200;
  /** With two threads the CRM file (about 0.3 MB) is read in parts, as the CLI reads large files. */
  static final long SPLIT_SIZE = 128 * 1024;

  /**
   * support-csv, crm-csv, mixed-jsonl: full suite vs raw reading of that file, one thread;
   * threads-crm-csv: full suite on two threads vs one, on the CRM file.
   */
  @Param({"support-csv", "crm-csv", "mixed-jsonl", "threads-crm-csv"})
  public String ratio;

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private Path dir;
  private DatasetResource resource;
  private Scanner base;
  private Scanner measured;
  private Expectations baseExpected;
  private Expectations measuredExpected;

  /** Time spent on each side and how many scans it ran, per iteration. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Clock {
    /** Wall-clock nanoseconds in baseline scans. */
    public long baseNanos;
    /** CPU nanoseconds of the benchmark thread in baseline scans. */
    public long baseCpuNanos;
    /** Baseline scans run. */
    public long baseScans;
    /** Wall-clock nanoseconds in measured scans. */
    public long measuredNanos;
    /** CPU nanoseconds of the benchmark thread in measured scans. */
    public long measuredCpuNanos;
    /** Measured scans run. */
    public long measuredScans;
    private int repeats = 1;

    /** Starts an iteration: the baseline repeats so it takes about a third of the measured side's time. */
    @Setup(Level.Iteration)
    public void reset() {
      if (baseScans > 0 && measuredScans > 0) {
        double perBase = (double) baseNanos / baseScans;
        double perMeasured = (double) measuredNanos / measuredScans;
        repeats = (int) Math.max(1, Math.min(50, Math.round(perMeasured / perBase / 3)));
      }
      baseNanos = 0;
      baseCpuNanos = 0;
      baseScans = 0;
      measuredNanos = 0;
      measuredCpuNanos = 0;
      measuredScans = 0;
    }
  }

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    if (!CPU.isCurrentThreadCpuTimeSupported() || !CPU.isThreadCpuTimeEnabled()) {
      throw new IllegalStateException("this JVM cannot measure thread CPU time, which the one-thread ratios need");
    }
    dir = Files.createTempDirectory("datasieve-ratio-bench");
    switch (ratio) {
      case "support-csv" -> {
        long ssns = BenchmarkData.write(dir, SUPPORT_ROWS).ssns;
        resource = DatasetResource.of(dir.resolve("rows.csv"));
        sides("raw", 1, Expectations.support("raw", SUPPORT_ROWS, ssns), "pii", 1, Expectations.support("pii", SUPPORT_ROWS, ssns));
      }
      case "crm-csv", "threads-crm-csv" -> {
        Path file = dir.resolve(ThroughputCorpus.CRM_FILE);
        ThroughputCorpus.Contents c = ThroughputCorpus.writeCrm(file, CRM_ROWS, Long.MAX_VALUE);
        resource = DatasetResource.of(file);
        if (ratio.equals("crm-csv")) {
          sides("raw", 1, Expectations.of("crm", "raw", c), "pii", 1, Expectations.of("crm", "pii", c));
        } else {
          sides("pii", 1, Expectations.of("crm", "pii", c), "pii", 2, Expectations.of("crm", "pii", c));
        }
      }
      case "mixed-jsonl" -> {
        Path file = dir.resolve(ThroughputCorpus.MIXED_FILE);
        ThroughputCorpus.Contents c = ThroughputCorpus.writeMixed(file, MIXED_RECORDS, Long.MAX_VALUE);
        resource = DatasetResource.of(file);
        sides("raw", 1, Expectations.of("mixed", "raw", c), "pii", 1, Expectations.of("mixed", "pii", c));
      }
      default -> throw new IllegalArgumentException("unknown ratio '" + ratio + "'");
    }
  }

  private void sides(String baseDetector, int baseThreads, Expectations baseCheck, String measuredDetector, int measuredThreads,
      Expectations measuredCheck) {
    base = CorpusBenchmark.scanner(baseDetector, baseThreads, SPLIT_SIZE);
    measured = CorpusBenchmark.scanner(measuredDetector, measuredThreads, SPLIT_SIZE);
    baseExpected = baseCheck;
    measuredExpected = measuredCheck;
  }

  /** One operation: the baseline side (repeated), then the measured side, each timed and checked. */
  @Benchmark
  public void pair(Clock clock) {
    for (int i = 0; i < clock.repeats; i++) {
      long cpu = CPU.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      baseExpected.check(base.scan(resource));
      clock.baseNanos += System.nanoTime() - start;
      clock.baseCpuNanos += CPU.getCurrentThreadCpuTime() - cpu;
      clock.baseScans++;
    }
    long cpu = CPU.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    measuredExpected.check(measured.scan(resource));
    clock.measuredNanos += System.nanoTime() - start;
    clock.measuredCpuNanos += CPU.getCurrentThreadCpuTime() - cpu;
    clock.measuredScans++;
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
