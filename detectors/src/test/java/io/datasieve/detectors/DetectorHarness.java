package io.datasieve.detectors;

import io.datasieve.DatasetResource;
import io.datasieve.InfoType;
import io.datasieve.spi.Detector;
import io.datasieve.spi.FieldPath;
import io.datasieve.spi.FieldValue;
import io.datasieve.spi.ValueAnalyzer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** Runs one detector over one value, outside the engine, and checks the SPI contract. */
final class DetectorHarness {
  record Hit(InfoType type, int start, int end, double confidence, String text, String explanation) {}

  private static final DatasetResource RESOURCE =
      DatasetResource.builder(URI.create("memory:test")).content(() -> null).build();

  /** A value of the field in record 0 of an in-memory resource. */
  static FieldValue value(String field, String text) {
    FieldPath path = FieldPath.of(field);
    return new FieldValue() {
      @Override public DatasetResource resource() { return RESOURCE; }
      @Override public long record() { return 0; }
      @Override public FieldPath field() { return path; }
      @Override public String text() { return text; }
    };
  }

  static List<Hit> run(Detector d, String field, String text) {
    List<Hit> hits = new ArrayList<>();
    FieldValue v = value(field, text);
    // The scanner's path: the shared analysis of an analyzer built from every detector's needs.
    List<Hit> viaAnalysis = new ArrayList<>();
    d.detect(ValueAnalyzer.forDetectors(List.of(d)).analyze(v), (type, start, end, confidence, explanation) ->
        viaAnalysis.add(new Hit(type, start, end, confidence, text.substring(start, end), explanation)));
    d.detect(v, (type, start, end, confidence, explanation) -> {
      if (!d.infoTypes().contains(type) || start < 0 || end > text.length() || start >= end
          || confidence < 0 || confidence > 1) {
        throw new AssertionError("invalid match " + type + " " + start + ".." + end + " " + confidence);
      }
      if (explanation != null && explanation.contains(text.substring(start, end))) {
        throw new AssertionError("explanation reveals the value: " + explanation);
      }
      hits.add(new Hit(type, start, end, confidence, text.substring(start, end), explanation));
    });
    if (!hits.equals(viaAnalysis)) {
      throw new AssertionError("the direct call and the analysed call disagree: " + hits + " vs " + viaAnalysis);
    }
    return hits;
  }

  private DetectorHarness() {}
}
