package io.datasieve.cli;

import io.datasieve.DatasetResource;
import io.datasieve.EvidencePolicy;
import io.datasieve.ResourceReport;
import io.datasieve.ScanReport;
import io.datasieve.Scanner;
import io.datasieve.report.ReportWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code datasieve scan}: scans files and directories and writes a report. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {
      "Scans files and directories (recursively) for sensitive data and writes a report.",
      "",
      "Exit codes: 0 nothing found, 1 findings, 2 error (bad usage, a resource that failed,"
          + " or the report could not be written). 2 wins over 1."
    })
final class ScanCommand implements Callable<Integer> {
  /** Environment variable holding the key for --evidence hash, as hex (at least 32 digits). */
  static final String HASH_KEY_ENV = "DATASIEVE_HASH_KEY";

  enum Format { json, text, sarif }

  enum Evidence { masked, hash, none, raw }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand Main parent;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to scan.")
  List<Path> paths;

  @Option(names = "--format", defaultValue = "json", description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
  Path out;

  @Option(names = "--max-occurrences", paramLabel = "N", defaultValue = "20", description = "Occurrences kept per finding (default: ${DEFAULT-VALUE}); counts stay exact.")
  int maxOccurrences;

  @Option(names = "--all-occurrences", description = "Keep every occurrence.")
  boolean allOccurrences;

  @Option(names = "--evidence", defaultValue = "masked", description = "What the report shows of matches: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
      + "hash uses the hex key in $" + HASH_KEY_ENV + ", or a random one per run. raw prints the sensitive values themselves.")
  Evidence evidence;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of processors).")
  Integer threads;

  @Option(names = "--sample-rows", paramLabel = "N", description = "Scan at most N records per resource.")
  Long sampleRows;

  @Option(names = "--sample-fraction", paramLabel = "F", description = "Scan this share (0..1] of records, chosen deterministically.")
  Double sampleFraction;

  @Option(names = "--min-confidence", paramLabel = "C", description = "Drop matches below this confidence (default: 0.5).")
  Double minConfidence;

  @Option(names = "--max-field-length", paramLabel = "CHARS", description = "Chars of one value scanned (default: 1048576).")
  Integer maxFieldLength;

  @Option(names = "--max-record-length", paramLabel = "CHARS", description = "Largest record or line read (default: 67108864).")
  Integer maxRecordLength;

  @Option(names = "--attribute", paramLabel = "KEY=VALUE", description = "Attribute added to every resource and its report, e.g. --attribute 'usedBy=AWS Bedrock custom model'.")
  Map<String, String> attributes = new LinkedHashMap<>();

  @Option(names = "--no-progress", description = "No progress line on standard error.")
  boolean noProgress;

  @Option(names = "--csv-header", paramLabel = "auto|yes|no", description = "Whether CSV files start with a header row "
      + "(default: auto, detected per file).")
  String csvHeader;

  @Option(names = "--csv-delimiter", paramLabel = "C", description = "CSV delimiter: , ; | : or tab (default: sniffed per file).")
  String csvDelimiter;

  @Option(names = "--config", paramLabel = "FILE", description = "Detector configuration (JSON): allow lists, custom detectors, "
      + "detectors to disable, phone regions, a name model. See docs/configuration.md.")
  Path config;

  @Option(names = "--name-model", paramLabel = "FILE", description = "An OpenNLP person-name model (TokenNameFinderModel) "
      + "to run besides the built-in name rules.")
  Path nameModel;

  @Option(names = "--name-finder", paramLabel = "rules|model", description = "How person names are found: rules (the "
      + "gazetteer and context rules; the default) or model (the rules and the built-in statistical name model: better "
      + "recall on prose, several times the cost per text value). Default from the system property datasieve.nameFinder.")
  String nameFinder = System.getProperty("datasieve.nameFinder");

  @Override
  public Integer call() throws IOException {
    Scanner scanner = buildScanner();
    List<DatasetResource> resources = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no such file or directory: " + p);
      }
      for (DatasetResource r : DatasetResource.walk(p)) {
        if (out != null && Files.exists(out) && r.localPath().isPresent()
            && Files.isSameFile(r.localPath().get(), out)) {
          continue; // never scan our own report
        }
        resources.add(withAttributes(r));
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = new Progress(err, resources.size(), !noProgress && System.console() != null);
    ScanReport report = scanner.scan(resources, progress);
    progress.finish();
    ReportWriter writer = ReportWriter.forFormat(format.name());
    if (out == null) {
      writer.write(report, parent.stdout());
      parent.stdout().flush();
    } else {
      try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
        writer.write(report, o);
      }
    }
    return exitCode(report);
  }

  static int exitCode(ScanReport report) {
    if (report.hasFailures()) {
      return Main.ERROR;
    }
    return report.findingCount() > 0 ? Main.FINDINGS : Main.CLEAN;
  }

  private DatasetResource withAttributes(DatasetResource r) {
    if (attributes.isEmpty()) {
      return r;
    }
    DatasetResource.Builder b = DatasetResource.builder(r.localPath().orElseThrow());
    attributes.forEach(b::attribute);
    return b.build();
  }

  private Scanner buildScanner() {
    try {
      Scanner.Builder b = detectorsFrom(parent.builtInDetectors(), config, nameModel, nameFinder);
      b.evidence(EvidencePolicy.valueOf(evidence.name().toUpperCase(Locale.ROOT)));
      if (evidence == Evidence.hash) {
        String hex = System.getenv(HASH_KEY_ENV);
        if (hex != null && !hex.isBlank()) {
          try {
            b.hashKey(HexFormat.of().parseHex(hex.strip()));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("$" + HASH_KEY_ENV + " must be hex, at least 32 digits: " + e.getMessage());
          }
        }
      }
      if (allOccurrences) {
        b.allOccurrences();
      } else {
        b.maxOccurrences(maxOccurrences);
      }
      if (threads != null) {
        b.threads(threads);
      }
      if (sampleRows != null) {
        b.maxRecords(sampleRows);
      }
      if (sampleFraction != null) {
        b.sampleFraction(sampleFraction);
      }
      if (minConfidence != null) {
        b.minConfidence(minConfidence);
      }
      if (maxFieldLength != null) {
        b.maxFieldLength(maxFieldLength);
      }
      if (maxRecordLength != null) {
        b.maxRecordLength(maxRecordLength);
      }
      if (csvHeader != null) {
        b.readerOption("csv.header", csvHeader);
      }
      if (csvDelimiter != null) {
        b.readerOption("csv.delimiter", csvDelimiter);
      }
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** The built-in detectors of {@code b}, adjusted by a configuration file and a name model when given. */
  static Scanner.Builder detectorsFrom(Scanner.Builder b, Path config, Path nameModel, String nameFinder) {
    if (nameFinder != null) {
      io.datasieve.detectors.DetectorConfig.nameFinder(nameFinder);
    }
    if (config != null) {
      try {
        io.datasieve.detectors.DetectorConfig c = io.datasieve.detectors.DetectorConfig.read(config);
        apply(c, b);
        c.notes().forEach(n -> System.err.println("datasieve: note: " + n));
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read configuration: " + e.getMessage(), e);
      }
    }
    if (nameModel != null || nameFinder != null) {
      b.withoutDetector(io.datasieve.detectors.PersonNameDetector.ID)
          .detector(new io.datasieve.detectors.PersonNameDetector(nameModel, "model".equals(nameFinder)));
    }
    return b;
  }

  /** Applies a detector configuration to a builder that has the loaded detectors. */
  static Scanner.Builder apply(io.datasieve.detectors.DetectorConfig c, Scanner.Builder b) {
    c.removed().forEach(b::withoutDetector);
    c.added().forEach(b::detector);
    c.allowValues().forEach(b::allow);
    c.allowPatterns().forEach(b::allowPattern);
    c.minConfidence().ifPresent(b::minConfidence);
    return b;
  }

  /** One self-overwriting status line on standard error while resources complete. */
  static final class Progress implements io.datasieve.ScanListener {
    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private int done;
    private long bytes;
    private long findings;
    private long lastPrint;

    Progress(PrintWriter err, int total, boolean enabled) {
      this.err = err;
      this.total = total;
      this.enabled = enabled;
    }

    @Override
    public boolean wantsOccurrences() {
      return false; // it counts resources; the scan then renders evidence only for what the report keeps
    }

    @Override
    public synchronized void onResourceCompleted(ResourceReport r) {
      done++;
      bytes += r.stats().bytes();
      findings += r.findings().size();
      long now = System.nanoTime();
      if (enabled && (now - lastPrint > 100_000_000L || done == total)) {
        lastPrint = now;
        String name = r.resource().fileName();
        if (name.length() > 40) {
          name = "…" + name.substring(name.length() - 39);
        }
        err.printf(Locale.ROOT, "\r[%d/%d] %,d MiB, %d findings  %-40s", done, total, bytes >> 20, findings, name);
        err.flush();
      }
    }

    synchronized void finish() {
      if (enabled && done > 0) {
        err.println();
        err.flush();
      }
    }
  }
}
