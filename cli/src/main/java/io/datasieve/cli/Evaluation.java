package io.datasieve.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.datasieve.ColumnClassification;
import io.datasieve.DatasetResource;
import io.datasieve.Finding;
import io.datasieve.InfoType;
import io.datasieve.Occurrence;
import io.datasieve.ResourceReport;
import io.datasieve.ResourceStatus;
import io.datasieve.ScanReport;
import io.datasieve.Scanner;
import io.datasieve.spi.Detector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Scores a scanner against labeled datasets: every {@code X} in a directory that has an {@code
 * X.labels.json} beside it (see {@code samples/eval}). Cell level: a predicted occurrence is right
 * when a label of the same type in the same record and field overlaps it; a label is found when
 * some prediction overlaps it. Column level: a labeled column is right when the scanner's
 * dominant info types for it are exactly the labeled ones. Types that no loaded detector emits are
 * listed as not evaluated instead of counting as misses.
 */
final class Evaluation {
  /** One labeled or predicted span. */
  record Span(String resource, long record, String field, String infoType, int start, int end) {
    boolean overlaps(Span o) {
      return resource.equals(o.resource) && record == o.record && field.equals(o.field) && infoType.equals(o.infoType)
          && start < o.end && o.start < end;
    }

    String cellKey() {
      return resource + '\u0000' + record + '\u0000' + field + '\u0000' + infoType;
    }
  }

  /** Counts for one info type. */
  static final class Score {
    long labels;
    long predicted;
    long correctPredictions;
    long foundLabels;

    double precision() {
      return predicted == 0 ? Double.NaN : (double) correctPredictions / predicted;
    }

    double recall() {
      return labels == 0 ? Double.NaN : (double) foundLabels / labels;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 || Double.isNaN(p) || Double.isNaN(r) ? Double.NaN : 2 * p * r / (p + r);
    }
  }

  final Map<String, Score> cells = new TreeMap<>();
  /** Column level per info type: labels = columns labeled with it, predicted = columns classified as it. */
  final Map<String, Score> columnScores = new TreeMap<>();
  final Set<String> notEvaluated = new TreeSet<>();
  long columns;
  long columnsRight;
  final List<String> columnMistakes = new ArrayList<>();
  final List<String> cellMistakes = new ArrayList<>();
  final List<String> problems = new ArrayList<>();

  double columnAccuracy() {
    return columns == 0 ? Double.NaN : (double) columnsRight / columns;
  }

  /** Scans the labeled datasets in {@code dir} with the scanner and scores the result. */
  static Evaluation run(Scanner scanner, Path dir) throws IOException {
    Set<String> emitted = new HashSet<>();
    for (Detector d : scanner.detectors()) {
      for (InfoType t : d.infoTypes()) {
        emitted.add(t.id());
      }
    }
    List<Path> datasets = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(p -> Files.exists(p.resolveSibling(p.getFileName() + ".labels.json"))).sorted().forEach(datasets::add);
    }
    if (datasets.isEmpty()) {
      throw new IllegalArgumentException("no labeled datasets (X with X.labels.json) in " + dir);
    }
    List<DatasetResource> resources = datasets.stream().map(DatasetResource::of).toList();
    ScanReport report = scanner.scan(resources);
    Evaluation e = new Evaluation();
    for (int i = 0; i < datasets.size(); i++) {
      e.score(datasets.get(i), report.resources().get(i), emitted);
    }
    return e;
  }

  private void score(Path dataset, ResourceReport report, Set<String> emitted) throws IOException {
    String name = dataset.getFileName().toString();
    if (report.status() != ResourceStatus.COMPLETE) {
      problems.add(name + " was not scanned completely: " + report.status() + " " + report.issues());
    }
    List<Span> labels = new ArrayList<>();
    Map<String, Set<String>> labeledColumns = new TreeMap<>();
    readLabels(dataset.resolveSibling(name + ".labels.json"), name, labels, labeledColumns);
    Map<String, List<Span>> labelsByCell = new HashMap<>();
    for (Span l : labels) {
      if (!emitted.contains(l.infoType())) {
        notEvaluated.add(l.infoType());
        continue;
      }
      labelsByCell.computeIfAbsent(l.cellKey(), k -> new ArrayList<>()).add(l);
      cells.computeIfAbsent(l.infoType(), k -> new Score()).labels++;
    }
    Set<Span> found = new HashSet<>();
    for (Finding f : report.findings()) {
      if (f.occurrencesTruncated()) {
        problems.add(name + ": occurrences of " + f.infoType().id() + " were truncated; evaluate with all occurrences");
      }
      Score score = cells.computeIfAbsent(f.infoType().id(), k -> new Score());
      for (Occurrence o : f.occurrences()) {
        Span p = new Span(name, o.record(), o.field(), f.infoType().id(), o.start(), o.end());
        score.predicted++;
        boolean right = false;
        for (Span l : labelsByCell.getOrDefault(p.cellKey(), List.of())) {
          if (l.overlaps(p)) {
            right = true;
            found.add(l);
          }
        }
        if (right) {
          score.correctPredictions++;
        } else if (cellMistakes.size() < 200) {
          cellMistakes.add("false positive " + p.infoType() + " in " + name + " record " + p.record() + " " + p.field()
              + " [" + p.start() + ", " + p.end() + ") " + (o.explanation() == null ? "" : "(" + o.explanation() + ")"));
        }
      }
    }
    for (List<Span> list : labelsByCell.values()) {
      for (Span l : list) {
        if (found.contains(l)) {
          cells.get(l.infoType()).foundLabels++;
        } else if (cellMistakes.size() < 200) {
          cellMistakes.add("missed " + l.infoType() + " in " + name + " record " + l.record() + " " + l.field()
              + " [" + l.start() + ", " + l.end() + ")");
        }
      }
    }
    Map<String, Set<String>> predictedColumns = new HashMap<>();
    for (ColumnClassification c : report.columns()) {
      predictedColumns.put(c.field(), new TreeSet<>(c.infoTypes()));
      if (!labeledColumns.containsKey(c.field())) {
        labeledColumns.put(c.field(), Set.of());
      }
    }
    for (Map.Entry<String, Set<String>> c : labeledColumns.entrySet()) {
      Set<String> expected = new TreeSet<>(c.getValue());
      expected.retainAll(emitted);
      Set<String> actual = predictedColumns.getOrDefault(c.getKey(), Set.of());
      columns++;
      for (String t : expected) {
        Score sc = columnScores.computeIfAbsent(t, k -> new Score());
        sc.labels++;
        if (actual.contains(t)) {
          sc.foundLabels++;
        }
      }
      for (String t : actual) {
        Score sc = columnScores.computeIfAbsent(t, k -> new Score());
        sc.predicted++;
        if (expected.contains(t)) {
          sc.correctPredictions++;
        }
      }
      if (expected.equals(actual)) {
        columnsRight++;
      } else {
        columnMistakes.add(name + " column " + c.getKey() + ": expected " + expected + ", got " + actual);
      }
    }
  }

  private static void readLabels(Path file, String resource, List<Span> cells, Map<String, Set<String>> columns)
      throws IOException {
    try (InputStream in = Files.newInputStream(file); JsonParser p = new JsonFactory().createParser(in)) {
      expect(p.nextToken(), JsonToken.START_OBJECT, file);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String section = p.currentName();
        expect(p.nextToken(), JsonToken.START_ARRAY, file);
        while (p.nextToken() == JsonToken.START_OBJECT) {
          Map<String, Object> m = new HashMap<>();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
              List<String> list = new ArrayList<>();
              while (p.nextToken() != JsonToken.END_ARRAY) {
                list.add(p.getText());
              }
              m.put(key, list);
            } else if (t.isNumeric()) {
              m.put(key, p.getLongValue());
            } else {
              m.put(key, p.getText());
            }
          }
          if (section.equals("cells")) {
            cells.add(new Span(resource, (Long) m.get("record"), (String) m.get("field"), (String) m.get("infoType"),
                ((Long) m.get("start")).intValue(), ((Long) m.get("end")).intValue()));
          } else if (section.equals("columns")) {
            @SuppressWarnings("unchecked")
            List<String> types = (List<String>) m.get("infoTypes");
            columns.put((String) m.get("field"), new TreeSet<>(types));
          } else {
            throw new IOException(file + ": unknown section '" + section + "' (expected cells, columns)");
          }
        }
      }
    } catch (RuntimeException e) {
      throw new IOException(file + ": malformed labels: " + e, e);
    }
  }

  private static void expect(JsonToken actual, JsonToken expected, Path file) throws IOException {
    if (actual != expected) {
      throw new IOException(file + ": malformed labels: expected " + expected + ", got " + actual);
    }
  }
}
