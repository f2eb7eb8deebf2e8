package io.datasieve.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datasieve.ColumnClassification;
import io.datasieve.FieldCount;
import io.datasieve.Finding;
import io.datasieve.InfoType;
import io.datasieve.Occurrence;
import io.datasieve.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ResourceResultsTest {
  private static final double MIN_CONFIDENCE = 0.5;
  private static final InfoType TOKEN = new InfoType("TOKEN", "SECRET", "SECRET/Token", Severity.HIGH);
  private static final InfoType EMAIL = new InfoType("EMAIL", "PII", "PII/Email", Severity.MEDIUM);

  /** One value's match, or no match when {@code type} is null. */
  private record Value(long record, int fieldIndex, String column, String detector, InfoType type, double confidence) {}

  /** What one batch hands over: accumulators built the way {@link BatchDetection} builds them. */
  private static final class Part {
    final Map<FindingKey, FindingAccumulator> found = new HashMap<>();
    final Map<WeakKey, FindingAccumulator> weak = new HashMap<>();
    final Map<String, ColumnTally> columns = new HashMap<>();

    Part(List<Value> values) {
      for (Value v : values) {
        List<String> confident = new ArrayList<>();
        List<String> weakOnly = new ArrayList<>();
        if (v.type() != null) {
          boolean isConfident = v.confidence() >= MIN_CONFIDENCE;
          FindingAccumulator acc = isConfident
              ? found.computeIfAbsent(new FindingKey(v.detector(), v.type().id()),
                  k -> new FindingAccumulator(v.type(), v.detector(), 5))
              : weak.computeIfAbsent(new WeakKey(v.detector(), v.type().id(), v.column()),
                  k -> new FindingAccumulator(v.type(), v.detector(), 5));
          acc.add(v.record(), v.fieldIndex(), new Occurrence(v.record(), v.column(), 0, 4, v.confidence(), "****",
              v.detector() + " " + v.confidence(), null));
          (isConfident ? confident : weakOnly).add(v.type().id());
        }
        // The values of these tests are the type (a match fills the value), except in columns named "text".
        columns.computeIfAbsent(v.column(), k -> new ColumnTally())
            .addValue(confident, weakOnly, v.column().startsWith("text") ? List.of() : confident);
      }
    }
  }

  private static ResourceResults.Outcome merged(List<List<Value>> parts, double threshold) {
    ResourceResults results = new ResourceResults(threshold, MIN_CONFIDENCE);
    for (List<Value> p : parts) {
      Part part = new Part(p);
      results.merge(part.found, part.weak, part.columns);
    }
    return results.finish();
  }

  private static List<Value> randomValues(long seed) {
    Random random = new Random(seed);
    String[] columns = {"id", "email", "notes"};
    String[] detectors = {"det-a", "det-b"};
    List<Value> values = new ArrayList<>();
    for (int record = 0; record < 400; record++) {
      for (int field = 0; field < columns.length; field++) {
        // id: mostly tokens, email: mostly emails, notes: a little of both.
        int pick = random.nextInt(10);
        InfoType type = switch (field) {
          case 0 -> pick < 8 ? TOKEN : pick < 9 ? EMAIL : null;
          case 1 -> pick < 7 ? EMAIL : pick < 8 ? TOKEN : null;
          default -> pick < 2 ? TOKEN : pick < 4 ? EMAIL : null;
        };
        double confidence = type == null ? 0 : new double[] {0.3, 0.45, 0.6, 0.9}[random.nextInt(4)];
        values.add(new Value(record, field, columns[field], detectors[random.nextInt(2)], type, confidence));
      }
    }
    return values;
  }

  /** Cuts the values into parts of random sizes. */
  private static List<List<Value>> cut(List<Value> values, Random random) {
    List<List<Value>> parts = new ArrayList<>();
    int from = 0;
    while (from < values.size()) {
      int to = Math.min(values.size(), from + 1 + random.nextInt(97));
      parts.add(values.subList(from, to));
      from = to;
    }
    return parts;
  }

  @Test
  void outcomeDoesNotDependOnHowValuesAreCutOrInWhichOrderPartsMerge() {
    for (long seed = 1; seed <= 5; seed++) {
      List<Value> values = randomValues(seed);
      ResourceResults.Outcome whole = merged(List.of(values), 0.3);
      assertEquals(List.of("email", "id"), whole.columns().stream().map(ColumnClassification::field).toList());
      assertTrue(whole.findings().stream().flatMap(f -> f.occurrences().stream())
          .anyMatch(o -> o.explanation().endsWith("column mostly TOKEN")), "weak matches are promoted");
      Random random = new Random(seed);
      for (int round = 0; round < 5; round++) {
        List<List<Value>> parts = new ArrayList<>(cut(values, random));
        Collections.shuffle(parts, random);
        assertEquals(whole, merged(parts, 0.3), "seed " + seed + ", round " + round);
      }
    }
  }

  @Test
  void weakMatchesAreNotPromotedInAColumnOfTextNorInTooFewValues() {
    List<Value> text = new ArrayList<>();
    for (int r = 0; r < 8; r++) {
      text.add(new Value(r, 0, "text", "det-a", TOKEN, r < 6 ? 0.9 : 0.3));
    }
    ResourceResults.Outcome outcome = merged(List.of(text), 0.5);
    assertEquals(List.of("text"), outcome.columns().stream().map(ColumnClassification::field).toList(), "still classified");
    assertEquals(6, outcome.findings().get(0).count(), "the confident matches only: text mentions the type, it is not the type");
    ResourceResults.Outcome few = merged(List.of(List.of(new Value(0, 0, "ids", "det-a", TOKEN, 0.9),
        new Value(1, 0, "ids", "det-a", TOKEN, 0.9), new Value(2, 0, "ids", "det-a", TOKEN, 0.3))), 0.5);
    assertEquals(2, few.findings().get(0).count(), "three values are too few to promote");
  }

  @Test
  void weakMatchesOfADominantTypeArePromotedInThatColumnOnly() {
    List<Value> values = List.of(
        new Value(0, 0, "ids", "det-a", TOKEN, 0.9),
        new Value(1, 0, "ids", "det-a", TOKEN, 0.9),
        new Value(2, 0, "ids", "det-a", TOKEN, 0.9),
        new Value(3, 0, "ids", "det-a", TOKEN, 0.3),
        new Value(3, 1, "ids", "det-b", TOKEN, 0.3),
        new Value(0, 1, "notes", "det-a", TOKEN, 0.9),
        new Value(1, 1, "notes", "det-a", TOKEN, 0.3),
        new Value(2, 1, "notes", "det-a", TOKEN, 0.3),
        new Value(3, 1, "notes", "det-a", TOKEN, 0.3));
    ResourceResults.Outcome outcome = merged(List.of(values.subList(0, 4), values.subList(4, values.size())), 0.5);

    assertEquals(List.of(new ColumnClassification("ids", List.of("TOKEN"), 1.0, 5)), outcome.columns());
    Finding a = outcome.findings().get(0);
    assertEquals("det-a", a.detector());
    assertEquals(5, a.count(), "3 confident + 1 promoted in 'ids', 1 confident in 'notes'");
    assertEquals(List.of(new FieldCount("ids", 4), new FieldCount("notes", 1)), a.fields());
    Occurrence promoted = a.occurrences().stream().filter(o -> o.record() == 3).findFirst().orElseThrow();
    assertEquals(MIN_CONFIDENCE, promoted.confidence());
    assertEquals("det-a 0.3; column mostly TOKEN", promoted.explanation());

    Finding b = outcome.findings().get(1);
    assertEquals("det-b", b.detector(), "a detector with only weak matches in the column is promoted too");
    assertEquals(1, b.count());
    assertEquals(2, outcome.findings().size());
  }

  /** String keys joined with U+0000 let a weak key whose column ends in "\0TYPE\0b" pass for column b's. */
  @Test
  void weakMatchesAreNotPromotedByAColumnWhoseNameEndsTheirs() {
    List<Value> values = List.of(
        new Value(0, 0, "b", "det-a", TOKEN, 0.9),
        new Value(0, 1, "x\u0000TOKEN\u0000b", "det-a", TOKEN, 0.3));
    ResourceResults.Outcome outcome = merged(List.of(values), 0.5);
    assertEquals(List.of(new ColumnClassification("b", List.of("TOKEN"), 1.0, 1)), outcome.columns());
    assertEquals(1, outcome.findings().size());
    assertEquals(1, outcome.findings().get(0).count());
  }

  @Test
  void typesAreClassifiedPerColumnAndEquallyDominantTypesBothCount() {
    List<Value> values = List.of(
        new Value(0, 0, "c", "det-a", TOKEN, 0.9),
        new Value(1, 0, "c", "det-a", EMAIL, 0.9),
        new Value(2, 0, "c", "det-a", EMAIL, 0.3),
        new Value(3, 0, "c", "det-a", null, 0),
        new Value(4, 0, "c", "det-a", null, 0));
    ResourceResults.Outcome outcome = merged(List.of(values), 0.2);
    assertEquals(List.of(new ColumnClassification("c", List.of("EMAIL", "TOKEN"), 0.4, 5)), outcome.columns());
    assertEquals(List.of("EMAIL", "TOKEN"), outcome.findings().stream().map(f -> f.infoType().id()).toList());
    assertEquals(2, outcome.findings().get(0).count(), "the weak EMAIL is promoted");
  }

  @Test
  void finishesOnce() {
    ResourceResults results = new ResourceResults(0.5, MIN_CONFIDENCE);
    results.finish();
    assertThrows(IllegalStateException.class, results::finish);
    assertThrows(IllegalStateException.class, () -> results.merge(Map.of(), Map.of(), Map.of()));
  }
}
