package io.datasieve.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.datasieve.DatasetResource;
import io.datasieve.Finding;
import io.datasieve.ResourceReport;
import io.datasieve.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's detector works as the README says, beside the built-in detectors. */
class EmployeeIdDetectorTest {
  @Test
  void findsIdsInTheirFieldAndAfterALabel(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("staff.csv");
    Files.writeString(file, "name,badge,note\nAda,123456,ok\nBob,654321,badge 111222 lost\nCy,12345,order 333444\n");
    Scanner scanner = Scanner.builder().loadDetectors().detector(new EmployeeIdDetector()).threads(1).build();
    ResourceReport r = scanner.scan(DatasetResource.of(file));
    Finding ids = r.findings().stream().filter(f -> f.infoType().equals(EmployeeIdDetector.EMPLOYEE_ID)).findFirst().orElseThrow();
    assertEquals(3, ids.count(), "two in the badge column, one after a label; not the order number");
  }
}
