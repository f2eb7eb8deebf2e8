package io.datasieve.report;

import io.datasieve.ScanReport;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** Writes a {@link ScanReport} in one output format. Implementations are stateless. */
public interface ReportWriter {
  /** Writes the report as UTF-8; does not close the stream. */
  void write(ScanReport report, OutputStream out) throws IOException;

  /**
   * The writer for a format name: {@code json}, {@code text} or {@code sarif}.
   *
   * @throws IllegalArgumentException naming the unknown format
   */
  static ReportWriter forFormat(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "json":
        return new JsonReportWriter();
      case "text":
        return new TextReportWriter();
      case "sarif":
        return new SarifReportWriter();
      default:
        throw new IllegalArgumentException("unknown report format '" + name + "' (json, text, sarif)");
    }
  }
}
