package io.datasieve.cli;

import io.datasieve.EvidencePolicy;
import io.datasieve.Scanner;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code datasieve eval}: precision and recall of the detectors on labeled datasets. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Scans labeled datasets (every X in DIR with an X.labels.json beside it, as in samples/eval) and prints",
      "precision, recall and F1 per info type at cell level, and column classification accuracy.",
      "Exit code 0, or 1 with --min-f1 when an evaluated type scores under it."
    })
final class EvalCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand Main parent;

  @Parameters(paramLabel = "DIR", description = "Directory of labeled datasets.")
  Path dir;

  @Option(names = "--min-confidence", paramLabel = "C", description = "Scanner minimum confidence (default: 0.5).")
  Double minConfidence;

  @Option(names = "--min-f1", paramLabel = "F", description = "Fail (exit 1) when an evaluated info type's F1 is under F.")
  Double minF1;

  @Option(names = "--config", paramLabel = "FILE", description = "Detector configuration (JSON), as for scan.")
  Path config;

  @Option(names = "--mistakes", paramLabel = "N", defaultValue = "20", description = "Mistakes to list (default: ${DEFAULT-VALUE}).")
  int mistakes;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(dir)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "not a directory: " + dir);
    }
    Scanner.Builder b;
    try {
      b = ScanCommand.detectorsFrom(parent.builtInDetectors(), config, null, System.getProperty("datasieve.nameFinder")).allOccurrences().evidence(EvidencePolicy.NONE);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (minConfidence != null) {
      b.minConfidence(minConfidence);
    }
    Evaluation e = Evaluation.run(b.build(), dir);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%-20s %7s %9s %9s %7s %7s%n", "cell level", "labels", "predicted", "precision", "recall", "F1");
    boolean failed = false;
    for (Map.Entry<String, Evaluation.Score> s : e.cells.entrySet()) {
      Evaluation.Score v = s.getValue();
      out.printf(Locale.ROOT, "%-20s %7d %9d %9s %7s %7s%n", s.getKey(), v.labels, v.predicted, fmt(v.precision()),
          fmt(v.recall()), fmt(v.f1()));
      if (minF1 != null && v.labels > 0 && !(v.f1() >= minF1)) {
        failed = true;
      }
    }
    for (String t : e.notEvaluated) {
      out.printf(Locale.ROOT, "%-20s not evaluated: no loaded detector emits it%n", t);
    }
    out.printf(Locale.ROOT, "%n%-20s %7s %9s %9s %7s %7s%n", "column level", "labels", "predicted", "precision", "recall", "F1");
    for (Map.Entry<String, Evaluation.Score> s : e.columnScores.entrySet()) {
      Evaluation.Score v = s.getValue();
      out.printf(Locale.ROOT, "%-20s %7d %9d %9s %7s %7s%n", s.getKey(), v.labels, v.predicted, fmt(v.precision()),
          fmt(v.recall()), fmt(v.f1()));
    }
    out.printf(Locale.ROOT, "%d of %d columns classified exactly right (including columns that hold nothing), accuracy %s%n",
        e.columnsRight, e.columns, fmt(e.columnAccuracy()));
    for (String m : e.columnMistakes) {
      out.println("  " + m);
    }
    if (!e.cellMistakes.isEmpty()) {
      out.printf("%nfirst cell mistakes:%n");
      e.cellMistakes.stream().limit(mistakes).forEach(m -> out.println("  " + m));
    }
    for (String p : e.problems) {
      out.println("problem: " + p);
    }
    out.flush();
    return failed || !e.problems.isEmpty() ? Main.FINDINGS : Main.CLEAN;
  }

  private static String fmt(double d) {
    return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.3f", d);
  }
}
