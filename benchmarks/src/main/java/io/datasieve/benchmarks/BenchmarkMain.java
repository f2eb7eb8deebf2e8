package io.datasieve.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JMH benchmarks (JMH's own command-line options apply; {@link ScanBenchmark} and
 * {@link CorpusBenchmark} unless a benchmark is named) and prints MiB/s and rows/s per case, with
 * each case's time relative to raw reading of the same file on the same thread count.
 */
public final class BenchmarkMain {
  private BenchmarkMain() {}

  /** Entry point; arguments are JMH options, such as a benchmark regex or {@code -f 1 -wi 2}. */
  public static void main(String[] args) throws Exception {
    Options cli = new CommandLineOptions(args);
    OptionsBuilder opts = new OptionsBuilder();
    opts.parent(cli);
    if (cli.getIncludes().isEmpty()) {
      opts.include(ScanBenchmark.class.getName() + ".scan");
      opts.include(CorpusBenchmark.class.getName() + ".scan");
    }
    Collection<RunResult> results = new Runner(opts.build()).run();
    Path data = Files.createTempDirectory("datasieve-size");
    try {
      print(results, data);
    } finally {
      try (var s = Files.walk(data)) {
        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static void print(Collection<RunResult> results, Path data) throws IOException {
    System.out.println();
    System.out.printf(Locale.ROOT, "%-8s %-8s %-8s %7s %9s %11s %10s %11s %12s%n", "bench", "file", "case", "threads", "file MiB",
        "ms/op", "MiB/s", "rows/s", "vs raw");
    Map<String, Double> rawMs = new HashMap<>();
    for (RunResult r : results) {
      if ("raw".equals(r.getParams().getParam("detector"))) {
        rawMs.put(file(r) + "/" + r.getParams().getParam("threads"), r.getPrimaryResult().getScore());
      }
    }
    Sizes sizes = new Sizes(data);
    for (RunResult r : results) {
      String benchmark = r.getParams().getBenchmark();
      double ms = r.getPrimaryResult().getScore();
      if (benchmark.endsWith("RatioBenchmark.pair")) {
        System.out.printf(Locale.ROOT, "%-8s %-30s %8.3f (time ratio, same fork)%n", "ratio",
            ThroughputGuard.ratioName(r.getParams().getParam("ratio")), ThroughputGuard.ratio(r));
        continue;
      }
      String file = file(r);
      String detector = r.getParams().getParam("detector");
      String threads = r.getParams().getParam("threads");
      long[] size = sizes.of(benchmark, file);
      Double raw = rawMs.get(file + "/" + threads);
      System.out.printf(Locale.ROOT, "%-8s %-8s %-8s %7s %9.1f %11.1f %10.1f %11.0f %12s%n",
          shortName(benchmark), file, detector, threads == null ? "1" : threads, size[0] / 1048576.0, ms, size[0] / 1048576.0 / (ms / 1000),
          size[1] / (ms / 1000), raw == null || detector.equals("raw") ? "" : String.format(Locale.ROOT, "%.2fx time", ms / raw));
    }
  }

  /** "io.datasieve.benchmarks.ScanBenchmark.scan" becomes "scan". */
  private static String shortName(String benchmark) {
    String type = benchmark.substring(0, benchmark.lastIndexOf('.'));
    return type.substring(type.lastIndexOf('.') + 1).replace("Benchmark", "").toLowerCase(Locale.ROOT);
  }

  /** The file a result scanned: the format of the support export, or the corpus. */
  private static String file(RunResult r) {
    String format = r.getParams().getParam("format");
    if (format != null) {
      return format;
    }
    String corpus = r.getParams().getParam("corpus");
    return corpus != null ? corpus : "mixed-secrets";
  }

  /** File sizes and record counts, from the same generators the benchmarks ran. */
  private static final class Sizes {
    private final Path dir;
    private final Map<String, long[]> known = new HashMap<>();

    Sizes(Path dir) {
      this.dir = dir;
    }

    long[] of(String benchmark, String file) throws IOException {
      long[] size = known.get(file);
      if (size != null) {
        return size;
      }
      if (benchmark.endsWith("SecretsBenchmark.scan")) {
        Path p = dir.resolve("secrets.jsonl");
        SecretsBenchmark.write(p);
        size = new long[] {Files.size(p), SecretsBenchmark.RECORDS};
      } else if (benchmark.endsWith("CorpusBenchmark.scan")) {
        ThroughputCorpus.Contents c = CorpusBenchmark.write(file, dir.resolve(file + ".data"));
        size = new long[] {c.bytes(), c.records()};
      } else {
        Path support = dir.resolve("support");
        if (!Files.exists(support)) {
          BenchmarkData.write(support, ScanBenchmark.ROWS);
        }
        size = new long[] {Files.size(support.resolve("rows." + file.toLowerCase(Locale.ROOT))), ScanBenchmark.ROWS};
      }
      known.put(file, size);
      return size;
    }
  }
}
