package io.datasieve.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line end to end: golden reports over the committed samples, exit codes, evidence
 * policy, SARIF validity. Set {@code -Ddatasieve.updateGolden=true} to rewrite the golden files
 * after an intended change, and review the diff.
 */
class CliTest {
  static final Path SAMPLES = Path.of("..", "samples", "data").toAbsolutePath().normalize();
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Machine-independent form: sample URIs relative, durations zero. */
  static String normalize(String report) {
    return report.replace(SAMPLES.toUri().toString(), "samples/data/")
        .replaceAll("\"durationMillis\" : \\d+", "\"durationMillis\" : 0");
  }

  static void assertGolden(String name, String actual) throws IOException {
    Path golden = GOLDEN.resolve(name);
    if (Boolean.getBoolean("datasieve.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual);
    }
    assertTrue(Files.exists(golden), "missing golden file " + golden + ": run with -Ddatasieve.updateGolden=true");
    assertEquals(Files.readString(golden), actual, "report differs from " + golden);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "4"})
  void jsonReportOfTheSamplesMatchesGoldenWithAnyThreadCount(String threads) throws IOException {
    Run r = run("scan", "--format", "json", "--threads", threads, SAMPLES.toString());
    assertEquals(Main.FINDINGS, r.exit(), r.err());
    assertGolden("samples.json", normalize(r.out()));
  }

  @Test
  void sarifReportIsValidAgainstTheSchemaAndMatchesGolden() throws IOException {
    Run r = run("scan", "--format", "sarif", "--threads", "2", "--max-occurrences", "3", SAMPLES.toString());
    assertEquals(Main.FINDINGS, r.exit(), r.err());
    JsonSchema schema;
    try (InputStream in = CliTest.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
    JsonNode sarif = new ObjectMapper().readTree(r.out());
    Set<ValidationMessage> errors = schema.validate(sarif);
    assertEquals(Set.of(), errors);
    // One result per kept occurrence: the JSON report of the same scan says how many.
    JsonNode json = new ObjectMapper().readTree(run("scan", "--max-occurrences", "3", SAMPLES.toString()).out());
    int occurrences = 0;
    for (JsonNode resource : json.get("resources")) {
      for (JsonNode finding : resource.get("findings")) {
        occurrences += finding.get("occurrences").size();
      }
    }
    assertTrue(occurrences >= 9);
    assertEquals(occurrences, sarif.at("/runs/0/results").size());
    assertGolden("samples.sarif", normalize(r.out()));
  }

  @Test
  void textReportNamesEveryResource() {
    Run r = run("scan", "--format", "text", SAMPLES.toString());
    assertEquals(Main.FINDINGS, r.exit());
    for (String f : List.of("customers.csv", "support_chats.jsonl", "transactions.parquet")) {
      assertTrue(r.out().contains(f), f);
    }
    assertTrue(r.out().contains("PII/US Social Security Number"));
  }

  /** No raw SSN from the samples appears in any report unless --evidence raw is given. */
  @Test
  void evidenceIsMaskedUnlessRawIsAsked() throws IOException {
    String data = Files.readString(SAMPLES.resolve("customers.csv"));
    Matcher m = Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b").matcher(data);
    List<String> ssns = m.results().map(java.util.regex.MatchResult::group).toList();
    assertTrue(ssns.size() > 100);
    for (String format : List.of("json", "text", "sarif")) {
      String out = run("scan", "--format", format, "--all-occurrences", SAMPLES.toString()).out();
      for (String ssn : ssns) {
        assertFalse(out.contains(ssn), format + " report leaks a raw value");
      }
    }
    String raw = run("scan", "--evidence", "raw", SAMPLES.resolve("customers.csv").toString()).out();
    assertTrue(raw.contains("\"evidence\" : \"" + ssns.get(0) + "\""), "raw evidence when asked");
    String none = run("scan", "--evidence", "none", SAMPLES.resolve("customers.csv").toString()).out();
    assertFalse(none.contains("\"evidence\""));
  }

  @Test
  void exitCodes() throws IOException {
    Path clean = Files.writeString(dir.resolve("clean.csv"), "a,b\n1,2\n");
    assertEquals(Main.CLEAN, run("scan", clean.toString()).exit());
    assertEquals(Main.FINDINGS, run("scan", SAMPLES.resolve("customers.csv").toString()).exit());
    Run missing = run("scan", dir.resolve("nope").toString());
    assertEquals(Main.ERROR, missing.exit());
    assertTrue(missing.err().contains("no such file or directory"), missing.err());
    Run badOption = run("scan", "--threads", "0", clean.toString());
    assertEquals(Main.ERROR, badOption.exit());
    assertTrue(badOption.err().contains("threads must be within 1..256, got 0"), badOption.err());
    assertEquals(Main.ERROR, run("scan", "--format", "xml", clean.toString()).exit());
    assertEquals(Main.ERROR, run().exit());
    Path binary = Files.write(dir.resolve("blob.csv"), new byte[] {0, 1, 2, 3, 0, 5});
    Run failed = run("scan", "--format", "text", binary.toString(), clean.toString());
    assertEquals(Main.ERROR, failed.exit(), "a FAILED resource makes the run an error");
    assertTrue(failed.out().contains("FAILED") && failed.out().contains("clean.csv"), failed.out());
  }

  @Test
  void outFileAndAttributes() throws IOException {
    Path report = dir.resolve("report.json");
    Run r = run("scan", "--out", report.toString(), "--attribute", "usedBy=AWS Bedrock custom model",
        SAMPLES.resolve("support_chats.jsonl").toString());
    assertEquals(Main.FINDINGS, r.exit(), r.err());
    assertEquals("", r.out());
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertEquals("AWS Bedrock custom model", json.at("/resources/0/attributes/usedBy").asText());
    assertEquals(1, json.at("/schemaVersion").asInt());
    assertEquals("JSONL", json.at("/resources/0/format").asText());
  }

  @Test
  void sampleRowsLimitsRecordsAndSaysSo() throws IOException {
    JsonNode json = new ObjectMapper().readTree(run("scan", "--sample-rows", "10", SAMPLES.resolve("customers.csv").toString()).out());
    assertEquals(10, json.at("/resources/0/stats/records").asInt());
    assertEquals("PARTIAL", json.at("/resources/0/status").asText());
  }
}
