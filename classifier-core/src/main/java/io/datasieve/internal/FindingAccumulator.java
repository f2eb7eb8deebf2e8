package io.datasieve.internal;

import io.datasieve.FieldCount;
import io.datasieve.Finding;
import io.datasieve.InfoType;
import io.datasieve.Occurrence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches of one (detector, info type) pair. Every operation is commutative — counts add,
 * confidence takes the maximum, kept occurrences are the smallest N by (record, field position,
 * start, end) — so merging batch results in any order, on any number of threads, gives the same
 * finding.
 */
final class FindingAccumulator {
  /** An occurrence with the field's position in its record, for ordering. */
  record Keyed(long record, int fieldIndex, Occurrence occurrence) {}

  static final Comparator<Keyed> ORDER =
      Comparator.comparingLong(Keyed::record)
          .thenComparingInt(Keyed::fieldIndex)
          .thenComparingInt(k -> k.occurrence().start())
          .thenComparingInt(k -> k.occurrence().end());

  /** Per-field count and the first place the field had a match. */
  private static final class FieldStats {
    long count;
    long firstRecord = Long.MAX_VALUE;
    int firstFieldIndex = Integer.MAX_VALUE;

    void add(long record, int fieldIndex, long n) {
      count += n;
      if (record < firstRecord || (record == firstRecord && fieldIndex < firstFieldIndex)) {
        firstRecord = record;
        firstFieldIndex = fieldIndex;
      }
    }
  }

  /** Distinct fields listed per finding; more are counted, not listed (dynamic JSON keys). */
  static final int MAX_FIELDS = 1000;

  private final InfoType infoType;
  private final String detector;
  /** The key a batch found it under, for the frontier lookup; not part of the result. */
  Object key;
  /**
   * The resource's frontier for {@link #key} as the batch that owns this accumulator first read
   * it, or {@link #FRONTIER_UNREAD}: a frontier only moves earlier, so a batch may keep using the
   * value it read (a stale one costs work, never a result). Not part of the result.
   */
  long batchFrontier = FRONTIER_UNREAD;
  static final long FRONTIER_UNREAD = Long.MIN_VALUE;
  private final int maxOccurrences;
  private long count;
  private double confidence;
  private String explanation;
  private final Map<String, FieldStats> fields = new HashMap<>();
  /** The field of the last match counted and its stats: a value's matches come field by field. */
  private String lastField;
  private FieldStats lastStats;
  private long otherFieldsCount;
  private List<Keyed> kept = new ArrayList<>();
  private boolean sorted = true;

  FindingAccumulator(InfoType infoType, String detector, int maxOccurrences) {
    this.infoType = infoType;
    this.detector = detector;
    this.maxOccurrences = maxOccurrences;
  }

  /**
   * Whether an occurrence at this position would be kept: lets the caller skip building it
   * (rendering evidence) once the first N are known. Counts must still be added with {@link
   * #count}.
   */
  /**
   * The record past which no occurrence can be kept any more: the record of the last kept one
   * once {@code maxOccurrences} are kept ({@link Long#MAX_VALUE} before). Kept occurrences are the
   * first ones in (record, field, offsets) order, so one in a later record can never join them.
   */
  long frontier() {
    if (maxOccurrences == 0) {
      return -1;
    }
    if (kept.size() < maxOccurrences) {
      return Long.MAX_VALUE;
    }
    trim();
    return kept.get(kept.size() - 1).record();
  }

  boolean wouldKeep(long record, int fieldIndex, int start, int end) {
    if (maxOccurrences == 0) {
      return false;
    }
    if (kept.size() < maxOccurrences) {
      return true;
    }
    trim();
    Keyed last = kept.get(kept.size() - 1);
    int c = Long.compare(record, last.record());
    if (c == 0) {
      c = Integer.compare(fieldIndex, last.fieldIndex());
    }
    if (c == 0) {
      c = Integer.compare(start, last.occurrence().start());
    }
    if (c == 0) {
      c = Integer.compare(end, last.occurrence().end());
    }
    return c < 0;
  }

  /** The explanation of the most confident match; ties go to the alphabetically first (commutative). */
  private void explain(double matchConfidence, String why) {
    if (why == explanation && matchConfidence <= confidence) {
      return; // the same explanation again (most matches): no string comparison
    }
    if (matchConfidence > confidence) {
      explanation = why;
    } else if (matchConfidence == confidence && why != null && (explanation == null || why.compareTo(explanation) < 0)) {
      explanation = why;
    }
  }

  /** Counts a match that is not kept as an occurrence. */
  void count(long record, int fieldIndex, String field, double matchConfidence, String why) {
    count++;
    explain(matchConfidence, why);
    confidence = Math.max(confidence, matchConfidence);
    statsOf(field).add(record, fieldIndex, 1);
    if (fields.size() > 2 * MAX_FIELDS) {
      trimFields();
    }
  }

  private FieldStats statsOf(String field) {
    if (field != lastField) {
      lastStats = fields.computeIfAbsent(field, f -> new FieldStats());
      lastField = field;
    }
    return lastStats;
  }

  void add(long record, int fieldIndex, Occurrence occ) {
    count++;
    explain(occ.confidence(), occ.explanation());
    confidence = Math.max(confidence, occ.confidence());
    statsOf(occ.field()).add(record, fieldIndex, 1);
    if (fields.size() > 2 * MAX_FIELDS) {
      trimFields();
    }
    if (maxOccurrences > 0) {
      kept.add(new Keyed(record, fieldIndex, occ));
      sorted = false;
      if (kept.size() >= 2 * Math.max(maxOccurrences, 64) && maxOccurrences != Integer.MAX_VALUE) {
        trim();
      }
    }
  }

  void merge(FindingAccumulator other) {
    count += other.count;
    explain(other.confidence, other.explanation);
    confidence = Math.max(confidence, other.confidence);
    otherFieldsCount += other.otherFieldsCount;
    other.fields.forEach(
        (f, s) -> fields.computeIfAbsent(f, k -> new FieldStats()).add(s.firstRecord, s.firstFieldIndex, s.count));
    if (fields.size() > MAX_FIELDS) {
      trimFields();
    }
    if (!other.kept.isEmpty()) {
      kept.addAll(other.kept);
      sorted = false;
      trim();
    }
  }

  private void trim() {
    if (!sorted) {
      kept.sort(ORDER);
      sorted = true;
    }
    if (kept.size() > maxOccurrences) {
      kept = new ArrayList<>(kept.subList(0, maxOccurrences));
    }
  }

  private static final Comparator<Map.Entry<String, FieldStats>> FIELD_ORDER =
      Comparator.comparingLong((Map.Entry<String, FieldStats> e) -> e.getValue().firstRecord)
          .thenComparingInt(e -> e.getValue().firstFieldIndex)
          .thenComparing(Map.Entry::getKey);

  /**
   * Keeps the fields that matched first; the others' counts move to {@code otherFieldsCount}.
   * A selection of the smallest by a total order, so the result does not depend on merge order.
   */
  private void trimFields() {
    lastField = null; // the remembered stats may be among those that go
    lastStats = null;
    List<Map.Entry<String, FieldStats>> entries = new ArrayList<>(fields.entrySet());
    entries.sort(FIELD_ORDER);
    for (Map.Entry<String, FieldStats> e : entries.subList(MAX_FIELDS, entries.size())) {
      otherFieldsCount += e.getValue().count;
      fields.remove(e.getKey());
    }
  }

  /**
   * A copy whose matches are raised to at least {@code minConfidence}, with {@code note} added to
   * their explanations: weak matches in a column classified as their type.
   */
  FindingAccumulator promoted(double minConfidence, String note) {
    FindingAccumulator p = new FindingAccumulator(infoType, detector, maxOccurrences);
    p.count = count;
    p.confidence = Math.max(confidence, minConfidence);
    p.explanation = explanation == null ? note : explanation + "; " + note;
    p.otherFieldsCount = otherFieldsCount;
    fields.forEach((f, st) -> p.fields.computeIfAbsent(f, k -> new FieldStats()).add(st.firstRecord, st.firstFieldIndex, st.count));
    for (Keyed k : kept) {
      Occurrence o = k.occurrence();
      String why = o.explanation() == null ? note : o.explanation() + "; " + note;
      p.kept.add(new Keyed(k.record(), k.fieldIndex(), new Occurrence(o.record(), o.field(), o.start(), o.end(),
          round(Math.max(o.confidence(), minConfidence)), o.evidence(), why, o.fingerprint())));
    }
    p.sorted = false;
    return p;
  }

  Finding toFinding() {
    trim();
    if (fields.size() > MAX_FIELDS) {
      trimFields();
    }
    List<Map.Entry<String, FieldStats>> entries = new ArrayList<>(fields.entrySet());
    entries.sort(FIELD_ORDER);
    List<FieldCount> fieldCounts = new ArrayList<>(entries.size());
    for (Map.Entry<String, FieldStats> e : entries) {
      fieldCounts.add(new FieldCount(e.getKey(), e.getValue().count));
    }
    List<Occurrence> occurrences = new ArrayList<>(kept.size());
    for (Keyed k : kept) {
      occurrences.add(k.occurrence());
    }
    return new Finding(
        infoType, detector, round(confidence), explanation, count, fieldCounts, otherFieldsCount > 0, occurrences,
        count > occurrences.size());
  }

  static double round(double d) {
    return Math.round(d * 1000.0) / 1000.0;
  }
}
