package io.datasieve.internal;

import io.datasieve.ColumnClassification;
import io.datasieve.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of one resource: batch results merged as they arrive, then, once, the columns
 * classified and the weak matches of classified columns promoted. Merging is commutative (see
 * {@link FindingAccumulator} and {@link ColumnTally}), so the outcome does not depend on the order
 * in which workers finish. Thread-safe.
 */
final class ResourceResults {
  /** The findings, sorted, and the classified columns, sorted by column. */
  record Outcome(List<Finding> findings, List<ColumnClassification> columns) {}

  private final double columnThreshold;
  private final double minConfidence;
  private final Map<FindingKey, FindingAccumulator> found = new HashMap<>();
  private final Map<WeakKey, FindingAccumulator> weak = new HashMap<>();
  private final Map<String, ColumnTally> columns = new HashMap<>();
  /**
   * Per finding and weak key, the record past which the resource keeps no occurrence any more
   * (see {@link FindingAccumulator#frontier()}): batches read it to count such matches without
   * rendering their evidence. It only moves earlier; a stale value costs work, never a result.
   */
  private final Map<Object, Long> frontiers = new java.util.concurrent.ConcurrentHashMap<>();
  private boolean finished;

  /**
   * @param columnThreshold share of a column's values that must match a type confidently
   * @param minConfidence the confidence promoted weak matches are raised to
   */
  ResourceResults(double columnThreshold, double minConfidence) {
    this.columnThreshold = columnThreshold;
    this.minConfidence = minConfidence;
  }

  /** Merges the results of one batch; the batch's accumulators are taken over, not copied. */
  void merge(BatchDetection batch) {
    merge(batch.found(), batch.weak(), batch.columns());
  }

  synchronized void merge(
      Map<FindingKey, FindingAccumulator> batchFound,
      Map<WeakKey, FindingAccumulator> batchWeak,
      Map<String, ColumnTally> batchColumns) {
    if (finished) {
      throw new IllegalStateException("results merged after the resource was finished");
    }
    mergeInto(found, batchFound);
    mergeInto(weak, batchWeak);
    batchFound.keySet().forEach(k -> frontiers.put(k, found.get(k).frontier()));
    batchWeak.keySet().forEach(k -> frontiers.put(k, weak.get(k).frontier()));
    batchColumns.forEach((column, tally) -> {
      ColumnTally mine = columns.putIfAbsent(column, tally);
      if (mine != null) {
        mine.merge(tally);
      }
    });
  }

  /** The frontier of a {@link FindingKey} or {@link WeakKey}; {@link Long#MAX_VALUE} when none is known. */
  long frontier(Object key) {
    Long f = frontiers.get(key);
    return f == null ? Long.MAX_VALUE : f;
  }

  private static <K> void mergeInto(Map<K, FindingAccumulator> into, Map<K, FindingAccumulator> from) {
    from.forEach((key, acc) -> {
      FindingAccumulator mine = into.putIfAbsent(key, acc);
      if (mine != null) {
        mine.merge(acc);
      }
    });
  }

  /**
   * Classifies the columns and returns the outcome; call once, after every batch was merged. A type
   * is dominant in a column when at least the threshold share of the column's values matched it
   * confidently. Weak matches of a dominant type in that column then count: they join the findings,
   * raised to the minimum confidence, and the column's matched ratio; only in a column of single
   * values with enough support ({@link ColumnTally#cellsAreValues}), never in a column of text.
   */
  synchronized Outcome finish() {
    if (finished) {
      throw new IllegalStateException("the resource's results were already finished");
    }
    finished = true;
    List<ColumnClassification> classified = new ArrayList<>();
    List<String> names = new ArrayList<>(columns.keySet());
    names.sort(null);
    for (String column : names) {
      ColumnTally tally = columns.get(column);
      List<String> dominant = new ArrayList<>();
      double best = 0;
      List<String> types = new ArrayList<>(tally.byType.keySet());
      types.sort(null);
      for (String type : types) {
        long[] c = tally.byType.get(type);
        if (c[0] >= columnThreshold * tally.values && c[0] > 0) {
          dominant.add(type);
          best = Math.max(best, (double) (c[0] + c[1]) / tally.values);
          if (tally.cellsAreValues(type)) {
            promoteWeak(type, column);
          }
        }
      }
      if (!dominant.isEmpty()) {
        classified.add(new ColumnClassification(column, dominant, FindingAccumulator.round(best), tally.values));
      }
    }
    return new Outcome(sortedFindings(), classified);
  }

  private void promoteWeak(String type, String column) {
    List<WeakKey> keys = new ArrayList<>();
    for (WeakKey k : weak.keySet()) {
      if (k.infoTypeId().equals(type) && k.column().equals(column)) {
        keys.add(k);
      }
    }
    keys.sort(Comparator.comparing(WeakKey::detectorId));
    for (WeakKey k : keys) {
      FindingAccumulator promoted = weak.get(k).promoted(minConfidence, "column mostly " + type);
      mergeInto(found, Map.of(k.finding(), promoted));
    }
  }

  private List<Finding> sortedFindings() {
    List<Finding> out = new ArrayList<>(found.size());
    for (FindingAccumulator a : found.values()) {
      out.add(a.toFinding());
    }
    out.sort(Comparator.comparing((Finding f) -> f.infoType().id()).thenComparing(Finding::detector));
    return out;
  }
}
