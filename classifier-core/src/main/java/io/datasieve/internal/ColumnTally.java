package io.datasieve.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per column: values scanned and, per info type, values with a confident match and values with
 * only a weak one. Counts add, so merging in any order gives the same tally.
 */
final class ColumnTally {
  long values;
  /** Info type id to {confident values, weak-only values}. */
  final Map<String, long[]> byType = new HashMap<>();

  void addValue(List<String> confident, List<String> weak) {
    values++;
    for (String t : confident) {
      byType.computeIfAbsent(t, k -> new long[2])[0]++;
    }
    for (String t : weak) {
      if (!confident.contains(t)) {
        byType.computeIfAbsent(t, k -> new long[2])[1]++;
      }
    }
  }

  void merge(ColumnTally other) {
    values += other.values;
    other.byType.forEach((t, c) -> {
      long[] mine = byType.computeIfAbsent(t, k -> new long[2]);
      mine[0] += c[0];
      mine[1] += c[1];
    });
  }
}
