package io.datasieve.samples;

import io.datasieve.DatasetResource;
import io.datasieve.Finding;
import io.datasieve.ResourceReport;
import io.datasieve.ScanReport;
import io.datasieve.Scanner;
import java.nio.file.Path;

/** The README's embedding example, compiled by the build so it cannot rot. */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /** Scans a file or directory and prints one line per finding. */
  public static void main(String[] args) {
    Scanner scanner = Scanner.builder().loadDetectors().build();
    ScanReport report = scanner.scan(DatasetResource.walk(Path.of(args.length > 0 ? args[0] : "samples/data")));
    for (ResourceReport r : report.resources()) {
      for (Finding f : r.findings()) {
        System.out.printf("%s %s %s x%d in %s%n", r.resource().uri(), r.status(), f.infoType().label(), f.count(), f.fields());
      }
    }
  }
}
