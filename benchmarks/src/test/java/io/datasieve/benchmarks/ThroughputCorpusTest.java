package io.datasieve.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.validator.routines.checkdigit.IBANCheckDigit;
import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpora are deterministic, well-formed, varied, and hold exactly what they say they planted. */
class ThroughputCorpusTest {
  private static final Pattern SSN = Pattern.compile("(?<![\\d-])(\\d{3})-(\\d{2})-(\\d{4})(?![\\d-])");
  private static final Pattern GITHUB = Pattern.compile("ghp_[A-Za-z0-9]{36}");
  private static final Pattern AWS = Pattern.compile("AKIA[A-Z2-7]{16}");

  @TempDir
  Path dir;

  @Test
  void sameLimitsWriteTheSameBytes() throws IOException {
    ThroughputCorpus.writeCrm(dir.resolve("a.csv"), 2_000, Long.MAX_VALUE);
    ThroughputCorpus.writeCrm(dir.resolve("b.csv"), 2_000, Long.MAX_VALUE);
    ThroughputCorpus.writeMixed(dir.resolve("a.jsonl"), 1_000, Long.MAX_VALUE);
    ThroughputCorpus.writeMixed(dir.resolve("b.jsonl"), 1_000, Long.MAX_VALUE);
    assertArrayEquals(Files.readAllBytes(dir.resolve("a.csv")), Files.readAllBytes(dir.resolve("b.csv")));
    assertArrayEquals(Files.readAllBytes(dir.resolve("a.jsonl")), Files.readAllBytes(dir.resolve("b.jsonl")));
  }

  @Test
  void byteLimitStopsAtTheRowThatCrossesIt() throws IOException {
    ThroughputCorpus.Contents c = ThroughputCorpus.writeCrm(dir.resolve("crm.csv"), Long.MAX_VALUE, 300_000);
    long size = Files.size(dir.resolve("crm.csv"));
    assertEquals(size, c.bytes());
    assertTrue(size >= 300_000 && size < 305_000, "size " + size);
  }

  @Test
  void crmRowsHaveTheirColumnsAndValidValues() throws IOException {
    Path file = dir.resolve("crm.csv");
    ThroughputCorpus.Contents c = ThroughputCorpus.writeCrm(file, 3_000, Long.MAX_VALUE);
    long rows = 0;
    long ssns = 0;
    long cards = 0;
    long emails = 0;
    long multiLine = 0;
    Set<String> names = new HashSet<>();
    Set<String> notes = new HashSet<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().get().parse(r)) {
      assertEquals(ThroughputCorpus.CRM_COLUMNS, csv.getHeaderNames());
      for (CSVRecord row : csv) {
        rows++;
        assertEquals(24, row.size(), "row " + rows);
        names.add(row.get("first_name"));
        notes.add(row.get("notes"));
        multiLine += row.get("notes").contains("\n") ? 1 : 0;
        String ssn = row.get("ssn");
        if (!ssn.isEmpty()) {
          assertTrue(issuable(ssn.replace("-", "")), ssn);
          ssns++;
        }
        Matcher inNotes = SSN.matcher(row.get("notes"));
        while (inNotes.find()) {
          assertTrue(issuable(inNotes.group(1) + inNotes.group(2) + inNotes.group(3)), inNotes.group());
          ssns++;
        }
        String card = row.get("card_number");
        if (!card.isEmpty() && !card.startsWith("*")) {
          assertTrue(LuhnCheckDigit.LUHN_CHECK_DIGIT.isValid(card.replaceAll("[ -]", "")), card);
          cards++;
        }
        String iban = row.get("iban");
        if (!iban.isEmpty()) {
          assertTrue(IBANCheckDigit.IBAN_CHECK_DIGIT.isValid(iban.replace(" ", "")), iban);
        }
        emails += row.get("email").isEmpty() ? 0 : 1;
      }
    }
    assertEquals(c.records(), rows);
    assertEquals(c.ssns(), ssns);
    assertEquals(c.cards(), cards);
    assertEquals(c.emails(), emails);
    assertTrue(names.size() > 150, "first names: " + names.size());
    assertTrue(notes.size() > rows * 8 / 10, "distinct notes: " + notes.size());
    assertTrue(multiLine > 0, "no note spans lines");
  }

  @Test
  void mixedLinesAreJsonAndHoldWhatWasPlanted() throws IOException {
    Path file = dir.resolve("mixed.jsonl");
    ThroughputCorpus.Contents c = ThroughputCorpus.writeMixed(file, 4_000, Long.MAX_VALUE);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals(c.records(), lines.size());
    JsonFactory json = new JsonFactory();
    Set<String> sources = new HashSet<>();
    for (String line : lines) {
      try (JsonParser p = json.createParser(line)) {
        while (p.nextToken() != null) {
          if ("source".equals(p.currentName()) && p.currentToken().isScalarValue()) {
            sources.add(p.getText());
          }
        }
      }
    }
    assertEquals(Set.of("chat", "code", "config", "log"), sources);
    String all = String.join("\n", lines);
    assertEquals(c.githubTokens(), count(GITHUB, all));
    assertEquals(c.awsAccessKeys(), count(AWS, all));
    assertEquals(c.ssns(), count(SSN, all));
    assertTrue(c.githubTokens() > 0 && c.awsAccessKeys() > 0 && c.ssns() > 0, c.toString());
  }

  /** The SSA's rules: no area 000, 666 or 9xx, no group 00, no serial 0000, not one digit repeated. */
  private static boolean issuable(String nine) {
    int area = Integer.parseInt(nine.substring(0, 3));
    return nine.length() == 9 && area != 0 && area != 666 && area < 900 && !nine.startsWith("00", 3) && !nine.endsWith("0000")
        && nine.chars().distinct().count() > 1;
  }

  private static long count(Pattern p, String s) {
    Matcher m = p.matcher(s);
    long n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
