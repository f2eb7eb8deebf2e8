package io.datasieve.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.datasieve.DatasetResource;
import io.datasieve.spi.Detector;
import io.datasieve.spi.FieldPath;
import io.datasieve.spi.FieldValue;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds a rewritten detector to its previous implementation: both run on the same value and field
 * and must report the same matches (type, span, confidence, explanation) in the same order.
 */
final class OracleRun {
  private static final DatasetResource RESOURCE =
      DatasetResource.builder(URI.create("memory:oracle")).content(() -> null).build();

  private OracleRun() {}

  /** Every match of {@code d} in {@code text} under {@code field}, one line each. */
  static List<String> matches(Detector d, String field, String text) {
    FieldPath path = FieldPath.of(field);
    FieldValue v = new FieldValue() {
      @Override public DatasetResource resource() { return RESOURCE; }
      @Override public long record() { return 0; }
      @Override public FieldPath field() { return path; }
      @Override public String text() { return text; }
    };
    List<String> out = new ArrayList<>();
    d.detect(v, (type, start, end, confidence, explanation) ->
        out.add(type + " " + start + ".." + end + " " + confidence + " " + explanation));
    return out;
  }

  /** Asserts that both detectors report the same in {@code text}; returns how many matches there were. */
  static int assertSame(Detector expected, Detector actual, String field, String text) {
    List<String> want = matches(expected, field, text);
    assertEquals(want, matches(actual, field, text), () -> "field " + field + ", value '" + text + "'");
    return want.size();
  }
}
