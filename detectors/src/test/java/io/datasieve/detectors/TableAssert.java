package io.datasieve.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.datasieve.spi.Detector;
import java.util.List;

/** Shared assertion for detector tables: what is reported at the default minimum confidence. */
final class TableAssert {
  static final double DEFAULT_MIN = 0.5;

  private TableAssert() {}

  /** Asserts that exactly {@code expected} (empty: nothing) is reported in {@code value}. */
  static void reports(Detector d, String field, String value, String expected) {
    List<String> hits = DetectorHarness.run(d, field, value).stream()
        .filter(h -> h.confidence() >= DEFAULT_MIN).map(DetectorHarness.Hit::text).toList();
    if (expected == null || expected.isEmpty()) {
      assertEquals(List.of(), hits, "nothing expected in '" + value + "' (field " + field + ")");
    } else {
      assertEquals(List.of(expected.split(" \\| ")), hits, "in '" + value + "' (field " + field + ")");
    }
  }
}
