package io.datasieve.testing;

import io.datasieve.DatasetResource;
import io.datasieve.ResourceReport;
import io.datasieve.ScanReport;
import io.datasieve.Scanner;
import io.datasieve.report.JsonReportWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Helpers for scanning small files written by tests. */
public final class Scans {
  private Scans() {}

  /** A scanner with the token detector and one thread. */
  public static Scanner.Builder tokenScanner() {
    return Scanner.builder().detector(new TokenDetector()).threads(1).hashKey(new byte[16]);
  }

  /** Writes a UTF-8 file. */
  public static Path write(Path dir, String name, String content) {
    return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes a file, gzip-compressing it when the name ends in {@code .gz}. */
  public static Path write(Path dir, String name, byte[] content) {
    try {
      Path p = dir.resolve(name);
      if (name.endsWith(".gz")) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
          gz.write(content);
        }
        content = bytes.toByteArray();
      }
      Files.write(p, content);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Scans one file. */
  public static ResourceReport scan(Scanner scanner, Path file) {
    return scanner.scan(DatasetResource.of(file));
  }

  /** Asserts the status, showing the issues when it differs. */
  public static void assertStatus(io.datasieve.ResourceStatus expected, ResourceReport r) {
    org.junit.jupiter.api.Assertions.assertEquals(expected, r.status(), () -> "issues: " + r.issues());
  }

  /** The JSON report with durations zeroed, for comparisons. */
  public static String json(ScanReport report) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new JsonReportWriter().write(report, out);
      return out.toString(StandardCharsets.UTF_8).replaceAll("\"durationMillis\" : \\d+", "\"durationMillis\" : 0");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
