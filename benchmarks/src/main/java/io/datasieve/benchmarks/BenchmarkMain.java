package io.datasieve.benchmarks;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs the JMH benchmarks (JMH's own command-line options apply) and prints MiB/s per case. */
public final class BenchmarkMain {
  private BenchmarkMain() {}

  /** Entry point; arguments are JMH options, such as a benchmark regex or {@code -f 1 -wi 2}. */
  public static void main(String[] args) throws Exception {
    Options cli = new CommandLineOptions(args);
    OptionsBuilder opts = new OptionsBuilder();
    opts.parent(cli);
    if (cli.getIncludes().isEmpty()) {
      opts.include(ScanBenchmark.class.getSimpleName());
    }
    Collection<RunResult> results = new Runner(opts.build()).run();
    java.nio.file.Path data = java.nio.file.Files.createTempDirectory("datasieve-size");
    BenchmarkData.write(data, ScanBenchmark.ROWS);
    System.out.println();
    System.out.printf(Locale.ROOT, "%-10s %-6s %7s %10s %12s %10s %12s %12s%n", "format", "case", "threads", "file MiB",
        "ms/op", "MiB/s", "rows/s", "vs raw");
    java.util.Map<String, Double> rawMs = new java.util.HashMap<>();
    for (RunResult r : results) {
      if ("raw".equals(r.getParams().getParam("detector"))) {
        rawMs.put(r.getParams().getParam("format") + "/" + r.getParams().getParam("threads"), r.getPrimaryResult().getScore());
      }
    }
    for (RunResult r : results) {
      if (r.getParams().getBenchmark().endsWith("SecretsBenchmark.scan")) {
        java.nio.file.Path mixed = java.nio.file.Files.createTempFile("datasieve-mixed", ".jsonl");
        SecretsBenchmark.write(mixed);
        double ms = r.getPrimaryResult().getScore();
        System.out.printf(Locale.ROOT, "%-10s %-8s %10.1f MiB %10.1f ms %10.1f MiB/s%n", "mixed", r.getParams().getParam("detector"),
            java.nio.file.Files.size(mixed) / 1048576.0, ms, java.nio.file.Files.size(mixed) / 1048576.0 / (ms / 1000));
        continue;
      }
      String format = r.getParams().getParam("format");
      String detector = r.getParams().getParam("detector");
      double ms = r.getPrimaryResult().getScore();
      long bytes = java.nio.file.Files.size(data.resolve("rows." + format.toLowerCase(Locale.ROOT)));
      double mib = bytes / (1024.0 * 1024.0) / (ms / 1000.0);
      Double raw = rawMs.get(format + "/" + r.getParams().getParam("threads"));
      System.out.printf(Locale.ROOT, "%-10s %-6s %7s %10.1f %12.1f %10.1f %12.0f %12s%n", format, detector,
          r.getParams().getParam("threads"),
          bytes / (1024.0 * 1024.0), ms, mib, ScanBenchmark.ROWS / (ms / 1000.0),
          raw == null ? "" : String.format(Locale.ROOT, "%.2fx time", ms / raw));
    }
  }
}
