package io.datasieve.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datasieve.DatasetResource;
import io.datasieve.InfoType;
import io.datasieve.ResourceReport;
import io.datasieve.Scanner;
import io.datasieve.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomDetectorTest {
  static final InfoType EMP = new InfoType("EMPLOYEE_ID", "PII", "PII/Employee ID", Severity.MEDIUM);

  @Test
  void patternWithGroupKeywordsAndTerms() {
    CustomDetector d = CustomDetector.builder("employee-id", EMP).pattern("EMP-([0-9]{6})").keyword("emp").build();
    assertEquals(List.of("123456"), DetectorHarness.run(d, "notes", "badge EMP-123456 issued").stream().map(DetectorHarness.Hit::text).toList());
    CustomDetector gated = CustomDetector.builder("gated", EMP).pattern("[0-9]{6}").keyword("badge").build();
    assertEquals(List.of(), DetectorHarness.run(gated, "notes", "order 123456"), "no keyword, no match");
    assertEquals(1, DetectorHarness.run(gated, "notes", "BADGE 123456").size());
    CustomDetector terms = CustomDetector.builder("codenames", EMP).term("Project Falcon").build();
    assertEquals(List.of("project falcon"), DetectorHarness.run(terms, "notes", "about project falcon, not Project Falconry")
        .stream().map(DetectorHarness.Hit::text).toList());
  }

  @Test
  void validators() {
    CustomDetector luhn = CustomDetector.builder("acct", EMP).pattern("[0-9]{16}").validator(CustomDetector.Validator.LUHN).build();
    assertEquals(1, DetectorHarness.run(luhn, "notes", "4556737586899855").size());
    assertEquals(0, DetectorHarness.run(luhn, "notes", "4556737586899856").size());
  }

  @Test
  void badConfigurationIsNamed() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> CustomDetector.builder("Bad Id", EMP))
        .getMessage().contains("'Bad Id'"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> CustomDetector.builder("x", EMP).pattern("a(b"))
        .getMessage().contains("a(b"));
    assertTrue(assertThrows(IllegalStateException.class, () -> CustomDetector.builder("x", EMP).build())
        .getMessage().contains("needs a pattern or terms"));
  }

  @Test
  void nameFinderSettingReplacesTheNameDetector(@TempDir Path dir) throws IOException {
    DetectorConfig model = DetectorConfig.read(Files.writeString(dir.resolve("model.json"), "{ \"nameFinder\": \"model\" }"));
    assertEquals(List.of(PersonNameDetector.ID), model.removed());
    String text = "They invited Anneli, Tomasz, Keiko and Chidi.";
    assertEquals(4, DetectorHarness.run(model.added().get(0), "notes", text).stream().filter(h -> h.confidence() >= 0.5).count());
    DetectorConfig rules = DetectorConfig.read(Files.writeString(dir.resolve("rules.json"), "{ \"nameFinder\": \"rules\" }"));
    assertTrue(DetectorHarness.run(rules.added().get(0), "notes", text).stream().filter(h -> h.confidence() >= 0.5).count() < 4);
    Path bad = Files.writeString(dir.resolve("bad.json"), "{ \"nameFinder\": \"neural\" }");
    String message = assertThrows(IllegalArgumentException.class, () -> DetectorConfig.read(bad)).getMessage();
    assertTrue(message.contains("bad.json") && message.contains("nameFinder") && message.contains("neural"), message);
  }

  @Test
  void configFileAddsDisablesReplacesAndAllows(@TempDir Path dir) throws IOException {
    Path config = Files.writeString(dir.resolve("datasieve.json"), """
        { "allow": ["support@acme-corp.io"],
          "allowPatterns": [".*@fastmail\\\\.fm"],
          "disable": ["ip-address"],
          "phoneRegions": ["US", "GB"],
          "minConfidence": 0.6,
          "detectors": [
            { "id": "employee-id", "infoType": "EMPLOYEE_ID", "label": "PII/Employee ID", "severity": "MEDIUM",
              "pattern": "EMP-[0-9]{6}", "keywords": ["emp"], "confidence": 0.9 },
            { "id": "codenames", "infoType": "PROJECT_CODENAME", "category": "CONFIDENTIAL", "terms": ["Project Falcon"] } ] }
        """);
    Path data = Files.writeString(dir.resolve("d.csv"), "note\n"
        + "EMP-123456 from 8.8.8.8 about Project Falcon\n"
        + "mail support@acme-corp.io or jane@fastmail.fm or jane.doe@gmail.com\n"
        + "ring 020 7946 0958\n");
    DetectorConfig c = DetectorConfig.read(config);
    Scanner.Builder b = Scanner.builder().loadDetectors().threads(1);
    c.removed().forEach(b::withoutDetector);
    c.added().forEach(b::detector);
    c.allowValues().forEach(b::allow);
    c.allowPatterns().forEach(b::allowPattern);
    c.minConfidence().ifPresent(b::minConfidence);
    Scanner scanner = b.build();
    ResourceReport r = scanner.scan(DatasetResource.of(data));
    List<String> types = r.findings().stream().map(f -> f.infoType().id() + ":" + f.count()).toList();
    assertEquals(List.of("EMAIL_ADDRESS:1", "EMPLOYEE_ID:1", "PHONE_NUMBER:1", "PROJECT_CODENAME:1"), types);
    assertEquals(0.6, scanner.settings().minConfidence());
  }

  @Test
  void configErrorsNameTheFileAndKey(@TempDir Path dir) throws IOException {
    Path unknown = Files.writeString(dir.resolve("a.json"), "{\"allowList\": []}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DetectorConfig.read(unknown));
    assertTrue(e.getMessage().contains("a.json") && e.getMessage().contains("'allowList'"), e.getMessage());
    Path badSeverity = Files.writeString(dir.resolve("b.json"),
        "{\"detectors\": [{\"id\": \"x\", \"infoType\": \"X\", \"terms\": [\"y\"], \"severity\": \"huge\"}]}");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> DetectorConfig.read(badSeverity)).getMessage().contains("'huge'"));
    Path notJson = Files.writeString(dir.resolve("c.json"), "{oops");
    assertTrue(assertThrows(IOException.class, () -> DetectorConfig.read(notJson)).getMessage().contains("not valid JSON"));
  }
}
