package io.datasieve.benchmarks;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The CI throughput guard: runs {@link RatioBenchmark} (one fork per ratio, short warm-up) and
 * compares each measured ratio with the committed baseline file. Every ratio is a time ratio
 * measured inside one fork, so higher is worse: full suite / raw reading per format (CPU time on
 * one thread), and two threads / one thread (wall-clock time). A ratio above {@code baseline * (1 + tolerance)} is measured once more in
 * a fresh fork, and fails the guard (exit 1, with a message naming the ratio, its value, the
 * baseline and the tolerance) if it is over the limit again; a benchmark whose report check fails
 * is an error (exit 2). A ratio far better than its baseline passes, with a hint to refresh the
 * baseline.
 *
 * <p>Arguments: {@code [--update] [--baseline FILE] [JMH options]}. {@code --update} measures (with
 * three forks per ratio unless {@code -f} says otherwise) and writes the ratios into the baseline
 * file, keeping its tolerance, instead of comparing. JMH options (such as {@code -p ratio=crm-csv}
 * or {@code -i 8}) replace the defaults.
 */
public final class ThroughputGuard {
  /** Used when the baseline file states none: 2-core noise measured well below it. */
  static final double DEFAULT_TOLERANCE = 0.35;

  private ThroughputGuard() {}

  /** Entry point; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    boolean update = false;
    Path baselineFile = Path.of("benchmarks", "throughput-baseline.json");
    List<String> jmhArgs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--update" -> update = true;
        case "--baseline" -> {
          if (i + 1 == args.length) {
            usage("--baseline needs a file");
          }
          baselineFile = Path.of(args[++i]);
        }
        default -> jmhArgs.add(args[i]);
      }
    }
    Baseline baseline = Files.exists(baselineFile) ? Baseline.read(baselineFile) : null;
    if (baseline == null && !update) {
      usage("no baseline file " + baselineFile + "; create it with --update");
    }
    long start = System.nanoTime();
    if (update && !jmhArgs.contains("-f")) {
      // A baseline is worth three forks: one fork's JIT can land 10-30% off the usual ratio.
      jmhArgs.addAll(List.of("-f", "3"));
    }
    Map<String, Double> measured = measureOrExit(jmhArgs, List.of());
    System.out.printf(Locale.ROOT, "%nthroughput guard: measured in %.0f s%s%n", (System.nanoTime() - start) / 1e9, load());
    if (update) {
      Map<String, Double> ratios = new LinkedHashMap<>(baseline == null ? Map.of() : baseline.ratios);
      for (Map.Entry<String, Double> e : measured.entrySet()) {
        Double old = ratios.put(ratioName(e.getKey()), e.getValue());
        System.out.printf(Locale.ROOT, "  %-28s %8.3f%s%n", ratioName(e.getKey()), e.getValue(),
            old == null ? " (new)" : String.format(Locale.ROOT, " (was %.3f)", old));
      }
      new Baseline(baseline == null ? DEFAULT_TOLERANCE : baseline.tolerance, ratios).write(baselineFile);
      System.out.println("throughput guard: wrote " + baselineFile + "; commit it with a note saying why the ratios moved");
      return;
    }
    List<String> failing = compare(measured, baseline);
    List<String> recheck = failing.stream().filter(pair -> baseline.ratios.containsKey(ratioName(pair))).toList();
    if (!recheck.isEmpty()) {
      // A real regression shows again in a fresh fork; a burst of load on a shared machine rarely does.
      System.out.println("throughput guard: re-measuring " + recheck + " in a fresh fork to rule out machine noise");
      Map<String, Double> again = measureOrExit(jmhArgs, recheck);
      System.out.println("throughput guard: second measurement" + load());
      List<String> still = compare(again, baseline);
      failing = failing.stream().filter(pair -> !recheck.contains(pair) || still.contains(pair)).toList();
    }
    System.out.printf(Locale.ROOT, "throughput guard: %s in %.0f s%n",
        failing.isEmpty() ? "passed" : "FAILED " + failing + " (an intended change? see README, Throughput, to update the baseline)",
        (System.nanoTime() - start) / 1e9);
    System.exit(failing.isEmpty() ? 0 : 1);
  }

  private static Map<String, Double> measureOrExit(List<String> jmhArgs, List<String> only) {
    try {
      return measure(jmhArgs.toArray(String[]::new), only);
    } catch (RunnerException | RuntimeException e) {
      System.err.println("throughput guard: the benchmark run failed (a scan broke or its report check failed): " + e);
      System.exit(2);
      return Map.of();
    }
  }

  /** The system load average, with a warning when other work competes for the cores. */
  private static String load() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    int cores = Runtime.getRuntime().availableProcessors();
    if (load < 0) {
      return "";
    }
    return String.format(Locale.ROOT, " (load average %.1f on %d cores%s)", load, cores,
        load > cores + 0.5 ? "; the machine is busy, two-thread figures suffer first" : "");
  }

  /**
   * Prints one line per ratio (keyed by {@link RatioBenchmark#ratio} value) and returns the keys
   * of those worse than the baseline allows, or without a baseline.
   */
  static List<String> compare(Map<String, Double> measured, Baseline baseline) {
    List<String> failing = new ArrayList<>();
    System.out.printf(Locale.ROOT, "  %-28s %9s %9s %8s  %s%n", "ratio (time; higher is worse)", "measured", "baseline", "limit", "verdict");
    for (Map.Entry<String, Double> e : measured.entrySet()) {
      String name = ratioName(e.getKey());
      double value = e.getValue();
      Double base = baseline.ratios.get(name);
      if (base == null) {
        System.out.printf(Locale.ROOT, "  %-28s %9.3f %9s %8s  FAIL: no baseline for this ratio (run benchmarks/guard --update)%n", name, value, "-", "-");
        failing.add(e.getKey());
        continue;
      }
      double limit = base * (1 + baseline.tolerance);
      String verdict;
      if (value > limit) {
        verdict = String.format(Locale.ROOT, "FAIL: %s is %.3f, %.0f%% worse than the baseline %.3f (tolerance %.0f%%)", name, value,
            (value / base - 1) * 100, base, baseline.tolerance * 100);
        failing.add(e.getKey());
      } else if (value < base * (1 - baseline.tolerance)) {
        verdict = String.format(Locale.ROOT, "ok, %.0f%% better than the baseline: consider benchmarks/guard --update", (1 - value / base) * 100);
      } else {
        verdict = String.format(Locale.ROOT, "ok (%+.0f%%)", (value / base - 1) * 100);
      }
      System.out.printf(Locale.ROOT, "  %-28s %9.3f %9.3f %8.3f  %s%n", name, value, base, limit, verdict);
    }
    return failing;
  }

  /**
   * Runs the ratio benchmarks (only the given {@code ratio} parameter values, unless empty) and
   * returns each ratio by parameter value.
   */
  static Map<String, Double> measure(String[] jmhArgs, List<String> only) throws RunnerException {
    CommandLineOptions cli;
    try {
      cli = new CommandLineOptions(jmhArgs);
    } catch (CommandLineOptionException e) {
      usage(e.getMessage());
      return Map.of();
    }
    OptionsBuilder opts = new OptionsBuilder();
    opts.parent(cli);
    if (cli.getIncludes().isEmpty()) {
      opts.include(RatioBenchmark.class.getName() + ".pair");
    }
    if (!only.isEmpty()) {
      opts.param("ratio", only.toArray(String[]::new));
    }
    opts.shouldFailOnError(true);
    Collection<RunResult> results = new Runner(opts.build()).run();
    Map<String, Double> ratios = new LinkedHashMap<>();
    for (RunResult run : results) {
      ratios.put(run.getParams().getParam("ratio"), ratio(run));
    }
    return ratios;
  }

  /**
   * A {@link RatioBenchmark} result's ratio. Per iteration: the measured side's mean scan time
   * over the baseline side's, in CPU time of the benchmark thread for the one-thread ratios and in
   * wall-clock time for the thread ratio. Per fork: the median of its iterations for CPU time; the
   * minimum for wall-clock time, where other processes only ever add time and the best iteration
   * is the one closest to two free cores. Over forks: the median.
   */
  static double ratio(RunResult run) {
    String pair = run.getParams().getParam("ratio");
    boolean wall = pair.startsWith("threads-");
    List<Double> perFork = new ArrayList<>();
    for (BenchmarkResult fork : run.getBenchmarkResults()) {
      List<Double> perIteration = new ArrayList<>();
      for (IterationResult it : fork.getIterationResults()) {
        if (!wall && score(it, "measuredCpuNanos") < 0.05 * score(it, "measuredNanos")) {
          // With threads(1) the engine runs on the caller; if that ever changes, CPU time of this
          // thread no longer measures the scan and the guard would compare noise.
          throw new IllegalStateException(pair + ": the one-thread scan used under 5% CPU of the benchmark thread; it no "
              + "longer runs on the calling thread, so RatioBenchmark must measure differently");
        }
        double base = score(it, wall ? "baseNanos" : "baseCpuNanos") / score(it, "baseScans");
        double measured = score(it, wall ? "measuredNanos" : "measuredCpuNanos") / score(it, "measuredScans");
        perIteration.add(measured / base);
      }
      perFork.add(wall ? perIteration.stream().min(Double::compare).orElseThrow() : median(perIteration));
    }
    return median(perFork);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double score(IterationResult iteration, String counter) {
    return iteration.getSecondaryResults().get(counter).getScore();
  }

  /** The name a ratio has in the baseline file and in messages. */
  static String ratioName(String pair) {
    return pair.startsWith("threads-") ? pair.substring("threads-".length()) + " 2 threads/1" : pair + " full/raw";
  }

  private static void usage(String problem) {
    System.err.println("throughput guard: " + problem);
    System.err.println("usage: ThroughputGuard [--update] [--baseline FILE] [JMH options]");
    System.exit(2);
  }

  /** The committed baseline: a tolerance and the ratios by name. */
  record Baseline(double tolerance, Map<String, Double> ratios) {
    static Baseline read(Path file) throws IOException {
      double tolerance = DEFAULT_TOLERANCE;
      Map<String, Double> ratios = new LinkedHashMap<>();
      try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          throw new IOException(file + ": expected a JSON object");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          JsonToken value = p.nextToken();
          if (field.equals("tolerance")) {
            tolerance = p.getDoubleValue();
            if (!(tolerance > 0 && tolerance < 10)) {
              throw new IOException(file + ": tolerance must be a share such as 0.35, got " + tolerance);
            }
          } else if (field.equals("ratios") && value == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String name = p.currentName();
              p.nextToken();
              ratios.put(name, p.getDoubleValue());
            }
          } else {
            p.skipChildren();
          }
        }
      }
      return new Baseline(tolerance, ratios);
    }

    void write(Path file) throws IOException {
      try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("about", "Throughput guard baseline (benchmarks/guard): time ratios measured by RatioBenchmark, higher is "
            + "worse; the guard fails when one exceeds its baseline by more than the tolerance. Refresh with benchmarks/guard --update.");
        g.writeNumberField("tolerance", tolerance);
        g.writeObjectFieldStart("ratios");
        for (Map.Entry<String, Double> e : ratios.entrySet()) {
          g.writeNumberField(e.getKey(), Math.round(e.getValue() * 1000) / 1000.0);
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      Files.writeString(file, Files.readString(file) + "\n");
    }
  }
}
