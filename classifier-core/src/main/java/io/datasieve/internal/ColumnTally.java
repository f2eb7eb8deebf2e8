package io.datasieve.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per column: values scanned and, per info type, values with a confident match and values with
 * only a weak one. Counts add, so merging in any order gives the same tally.
 */
final class ColumnTally {
  /** Fewer values than this are too few to say what a column holds, for promoting weak matches. */
  static final long MIN_SUPPORT = 5;

  long values;
  /** Info type id to {confident values, weak-only values, values that a confident match fills at least half of}. */
  final Map<String, long[]> byType = new HashMap<>();

  void addValue(List<String> confident, List<String> weak) {
    addValue(confident, weak, List.of());
  }

  /** {@code whole}: the types of confident matches that fill at least half of the value. */
  void addValue(List<String> confident, List<String> weak, List<String> whole) {
    values++;
    for (String t : confident) {
      long[] c = byType.computeIfAbsent(t, k -> new long[3]);
      c[0]++;
      if (whole.contains(t)) {
        c[2]++;
      }
    }
    for (String t : weak) {
      if (!confident.contains(t)) {
        byType.computeIfAbsent(t, k -> new long[3])[1]++;
      }
    }
  }

  /**
   * Whether the column's values are the type rather than text that mentions it: most of its
   * confident matches fill at least half of their value ("Jane Doe" in a name column, not a name
   * in a chat message), and there are enough values. Only then do weak matches of the type count.
   */
  boolean cellsAreValues(String type) {
    long[] c = byType.get(type);
    return values >= MIN_SUPPORT && c != null && c[2] * 2 >= c[0];
  }

  void merge(ColumnTally other) {
    values += other.values;
    other.byType.forEach((t, c) -> {
      long[] mine = byType.computeIfAbsent(t, k -> new long[3]);
      mine[0] += c[0];
      mine[1] += c[1];
      mine[2] += c[2];
    });
  }
}
