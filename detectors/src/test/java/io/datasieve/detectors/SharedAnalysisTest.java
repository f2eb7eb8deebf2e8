package io.datasieve.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datasieve.DatasetResource;
import io.datasieve.InfoType;
import io.datasieve.ScanReport;
import io.datasieve.Scanner;
import io.datasieve.report.JsonReportWriter;
import io.datasieve.spi.Detector;
import io.datasieve.spi.FieldValue;
import io.datasieve.spi.MatchSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shared analysis is a pure optimisation of the detectors' reading: every built-in detector,
 * run the old way (each analysing every value on its own, through {@link Detector#detect(FieldValue,
 * MatchSink)}), gives byte-identical reports, at every thread count; so does the POS tagger without
 * its remembered window. The old interface declares no needs, so this also proves that the
 * detectors' token-flag gates ({@code AnalysisNeeds.onlyWhenAnyToken}: the engine does not call a
 * detector of numbers on a value without a digit) and phrase screens change no report.
 */
class SharedAnalysisTest {
  /** Hides the analysis: the engine sees a detector of the old interface only. */
  private record Alone(Detector inner) implements Detector {
    @Override
    public String id() {
      return inner.id();
    }

    @Override
    public List<InfoType> infoTypes() {
      return inner.infoTypes();
    }

    @Override
    public boolean fingerprints(InfoType type) {
      return inner.fingerprints(type);
    }

    @Override
    public void detect(FieldValue value, MatchSink sink) {
      inner.detect(value, sink);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void reportsAreIdenticalWithAndWithoutTheSharedAnalysis(int threads) throws IOException {
    List<DatasetResource> resources = new ArrayList<>();
    for (String f : List.of("customers.csv", "support_chats.jsonl", "secrets.jsonl")) {
      Path p = Path.of("..", "samples", "eval", f);
      assertTrue(Files.exists(p), p.toString());
      resources.add(DatasetResource.of(p));
    }
    List<Detector> builtIn = new BuiltInDetectors().detectors();
    Scanner.Builder sharedBuilder = Scanner.builder().threads(threads).hashKey(new byte[16]);
    builtIn.forEach(sharedBuilder::detector);
    Scanner shared = sharedBuilder.build();
    Scanner.Builder alone = Scanner.builder().threads(threads).hashKey(new byte[16]);
    for (Detector d : builtIn) {
      alone.detector(new Alone(d));
    }
    String expected = json(shared.scan(resources));
    assertTrue(expected.contains("PERSON_NAME") && expected.contains("US_SSN") && expected.contains("GITHUB_TOKEN"),
        "the corpus exercises names, numbers and secrets");
    assertEquals(expected, json(alone.build().scan(resources)));
    // The tagger's remembered window is a pure optimisation too.
    ProperNouns.remember = false;
    try {
      assertEquals(expected, json(shared.scan(resources)));
    } finally {
      ProperNouns.remember = true;
    }
  }

  private static String json(ScanReport report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonReportWriter().write(report, out);
    return out.toString(StandardCharsets.UTF_8).replaceAll("\"durationMillis\" : \\d+", "\"durationMillis\" : 0")
        .replaceAll("\"(started|finished)[A-Za-z]*\" : \"[^\"]*\"", "\"$1\" : \"\"");
  }
}
