package com.example.thirdparty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.datasieve.DatasetResource;
import io.datasieve.Finding;
import io.datasieve.InfoType;
import io.datasieve.ResourceReport;
import io.datasieve.Scanner;
import io.datasieve.Severity;
import io.datasieve.spi.Detector;
import io.datasieve.spi.FieldValue;
import io.datasieve.spi.MatchSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A detector written outside the project's packages against the interface as it was before the
 * shared analysis (only {@code id}, {@code infoTypes} and {@code detect(FieldValue, MatchSink)})
 * keeps working: the scanner hands it every value, and its secrets still get fingerprints.
 */
class OldInterfaceDetectorTest {
  static final InfoType EMPLOYEE_ID = new InfoType("EMPLOYEE_ID", "PII", "PII/Employee Id", Severity.MEDIUM);
  static final InfoType VAULT_TOKEN = new InfoType("VAULT_TOKEN", "SECRET", "SECRET/Vault Token", Severity.HIGH);

  /** Finds "EMP-" followed by six digits, and "hvs." followed by 24 letters. */
  static final class OldStyleDetector implements Detector {
    @Override
    public String id() {
      return "acme-ids";
    }

    @Override
    public List<InfoType> infoTypes() {
      return List.of(EMPLOYEE_ID, VAULT_TOKEN);
    }

    @Override
    public void detect(FieldValue value, MatchSink sink) {
      String s = value.text();
      for (int i = s.indexOf("EMP-"); i >= 0; i = s.indexOf("EMP-", i + 1)) {
        if (i + 10 <= s.length() && s.substring(i + 4, i + 10).chars().allMatch(Character::isDigit)) {
          sink.match(EMPLOYEE_ID, i, i + 10, 0.9, "EMP- and six digits");
        }
      }
      int v = s.indexOf("hvs.");
      if (v >= 0 && v + 28 <= s.length()) {
        sink.match(VAULT_TOKEN, v, v + 28, 0.95);
      }
    }
  }

  @Test
  void scansWithADetectorOfTheOldInterface(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("staff.csv");
    Files.writeString(file, "name,badge,note\nAda,EMP-123456,hi\nBob,EMP-654321,token hvs.ABCDEFGHIJKLMNOPQRSTUVWX\nCy,EMP-12,x\n");
    Scanner scanner = Scanner.builder().detector(new OldStyleDetector()).threads(1).build();
    ResourceReport r = scanner.scan(DatasetResource.of(file));
    Finding ids = r.findings().stream().filter(f -> f.infoType().equals(EMPLOYEE_ID)).findFirst().orElseThrow();
    assertEquals(2, ids.count());
    assertEquals("badge", ids.occurrences().get(0).field());
    Finding token = r.findings().stream().filter(f -> f.infoType().equals(VAULT_TOKEN)).findFirst().orElseThrow();
    assertEquals(1, token.count());
    assertEquals(true, token.occurrences().get(0).fingerprint() != null, "a SECRET type still gets a fingerprint");
    assertEquals(null, ids.occurrences().get(0).fingerprint());
  }
}
