package io.datasieve.report;

import io.datasieve.Finding;
import io.datasieve.Issue;
import io.datasieve.Occurrence;
import io.datasieve.ResourceReport;
import io.datasieve.ScanReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A human-readable report for terminals. Not a contract: parse the JSON report instead. */
public final class TextReportWriter implements ReportWriter {
  @Override
  public void write(ScanReport report, OutputStream out) throws IOException {
    PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
    for (ResourceReport r : report.resources()) {
      w.printf(Locale.ROOT, "%s  [%s, %s]  %,d records, %,d bytes, %d ms%n",
          r.resource().uri(), r.format() == null ? "?" : r.format().name(), r.status(),
          r.stats().records(), r.stats().bytes(), r.stats().durationMillis());
      for (Map.Entry<String, String> a : r.resource().attributes().entrySet()) {
        w.printf("  %s: %s%n", a.getKey(), a.getValue());
      }
      for (Finding f : r.findings()) {
        w.printf(Locale.ROOT, "  %-8s %s (%s): %,d, confidence %.2f, by %s%n",
            f.severity(), f.infoType().label(), f.infoType().id(), f.count(), f.confidence(), f.detector());
        w.printf("           fields: %s%n", f.fields().stream()
            .map(fc -> fc.field() + " (" + fc.count() + ")").collect(Collectors.joining(", ")));
        for (Occurrence o : f.occurrences()) {
          w.printf(Locale.ROOT, "           record %d, %s [%d, %d)%s%s%n", o.record(), o.field(), o.start(),
              o.end(), o.evidence() == null ? "" : ": " + o.evidence(),
              o.explanation() == null ? "" : "  (" + o.explanation() + ")");
        }
        if (f.occurrencesTruncated()) {
          w.printf(Locale.ROOT, "           ... %,d more%n", f.count() - f.occurrences().size());
        }
      }
      for (io.datasieve.ColumnClassification c : r.columns()) {
        w.printf(Locale.ROOT, "  column   %s: %s (%.0f%% of %,d values)%n", c.field(), String.join(", ", c.infoTypes()),
            c.matchedRatio() * 100, c.values());
      }
      for (Issue i : r.issues()) {
        w.printf("  %-8s %s%s%n", i.severity(), location(i), i.message());
      }
    }
    long fields = 0;
    for (ResourceReport r : report.resources()) {
      for (Finding f : r.findings()) {
        fields += f.fields().size();
      }
    }
    w.printf(Locale.ROOT, "%n%d resources, %d findings in %d fields%s%n", report.resources().size(),
        report.findingCount(), fields, report.countsByInfoType().isEmpty() ? ""
            : ": " + report.countsByInfoType().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    w.flush();
  }

  private static String location(Issue i) {
    if (i.line() != null && i.record() != null) {
      return "line " + i.line() + " (record " + i.record() + "): ";
    }
    if (i.line() != null) {
      return "line " + i.line() + ": ";
    }
    if (i.record() != null) {
      return "record " + i.record() + ": ";
    }
    return "";
  }
}
