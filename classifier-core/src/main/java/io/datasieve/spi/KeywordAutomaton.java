package io.datasieve.spi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Finds every occurrence of many keywords in one pass: an Aho-Corasick automaton over 7-bit ASCII,
 * compiled to a dense transition table so that each input char costs two array reads. Matching
 * ignores ASCII case; a non-ASCII char resets to the root (keywords are ASCII). Each keyword maps
 * to the (set, index) pairs that declared it. Immutable once built.
 *
 * <p>The table's columns are classes of chars, not chars: one per char that occurs in a keyword
 * (an upper-case letter in the class of its lower case) and one for every other char, which leads
 * every state back to the root as a char outside ASCII does. Keywords use a few dozen chars, so a
 * row is that many entries instead of 128, and the table of a few hundred states stays in the
 * first-level cache (a row per char of 128 entries took four times the memory and most of the
 * search's time on long text).
 */
final class KeywordAutomaton {
  private static final int ALPHABET = 128;
  /** Per ASCII char, its class: 0 for chars in no keyword, upper case as lower case. */
  private final byte[] classes = new byte[ALPHABET];
  /** Number of classes: the table's row length. */
  private final int width;

  /**
   * Transitions, {@code state * width + class}: the target state times width (the row offset of
   * the next step), negated and minus one when keywords end there, so a char costs a class read,
   * a transition read and one sign test.
   */
  private final int[] next;
  /** Per state: the owners (set slot, keyword index in the set) of keywords ending here. */
  private final int[][] outputSets;
  private final int[][] outputIndexes;

  KeywordAutomaton(Map<String, List<int[]>> owners) {
    List<int[]> trie = new ArrayList<>();
    List<List<int[]>> out = new ArrayList<>();
    trie.add(newRow());
    out.add(new ArrayList<>());
    for (Map.Entry<String, List<int[]>> e : owners.entrySet()) {
      String w = e.getKey();
      int state = 0;
      for (int i = 0; i < w.length(); i++) {
        int c = w.charAt(i);
        if (trie.get(state)[c] < 0) {
          trie.get(state)[c] = trie.size();
          trie.add(newRow());
          out.add(new ArrayList<>());
        }
        state = trie.get(state)[c];
      }
      out.get(state).addAll(e.getValue());
    }
    // Breadth-first: suffix links, and missing transitions filled from the suffix state.
    int[] fail = new int[trie.size()];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int c = 0; c < ALPHABET; c++) {
      int s = trie.get(0)[c];
      if (s < 0) {
        trie.get(0)[c] = 0;
      } else {
        queue.add(s);
      }
    }
    List<Integer> order = new ArrayList<>();
    while (!queue.isEmpty()) {
      int state = queue.poll();
      order.add(state);
      for (int c = 0; c < ALPHABET; c++) {
        int s = trie.get(state)[c];
        if (s < 0) {
          trie.get(state)[c] = trie.get(fail[state])[c];
        } else {
          fail[s] = trie.get(fail[state])[c];
          queue.add(s);
        }
      }
    }
    // Outputs through suffix links, in breadth-first order so each suffix state is complete first.
    for (int state : order) {
      for (int[] o : out.get(fail[state])) {
        if (!contains(out.get(state), o)) {
          out.get(state).add(o);
        }
      }
    }
    // Char classes: one per char of a keyword (keywords are lower case), then the rest share 0.
    int count = 1;
    int[] representative = new int[ALPHABET];
    for (String w : owners.keySet()) {
      for (int i = 0; i < w.length(); i++) {
        int c = w.charAt(i);
        if (classes[c] == 0) {
          representative[count] = c;
          classes[c] = (byte) count++;
        }
      }
    }
    for (int c = 'A'; c <= 'Z'; c++) {
      classes[c] = classes[c + 32];
    }
    width = count;
    // Class 0's column: a char in no keyword, whose transition from every state is the root's
    // (no keyword continues with it, and the root stays on it). Class k's: its representative's.
    next = new int[trie.size() * width];
    outputSets = new int[trie.size()][];
    outputIndexes = new int[trie.size()][];
    for (int s = 0; s < trie.size(); s++) {
      int[] row = trie.get(s);
      for (int k = 0; k < width; k++) {
        int target = k == 0 ? 0 : row[representative[k]];
        next[s * width + k] = out.get(target).isEmpty() ? target * width : -(target * width) - 1;
      }
      List<int[]> o = out.get(s);
      outputSets[s] = new int[o.size()];
      outputIndexes[s] = new int[o.size()];
      for (int k = 0; k < o.size(); k++) {
        outputSets[s][k] = o.get(k)[0];
        outputIndexes[s][k] = o.get(k)[1];
      }
    }
  }

  private static boolean contains(List<int[]> list, int[] o) {
    for (int[] x : list) {
      if (x[0] == o[0] && x[1] == o[1]) {
        return true;
      }
    }
    return false;
  }

  private static int[] newRow() {
    int[] row = new int[ALPHABET];
    Arrays.fill(row, -1);
    return row;
  }

  /** Receives an occurrence. */
  interface Hits {
    void hit(int set, int keyword, int end);
  }

  /** Reports every keyword occurrence in {@code text[0, n)}, in order of their ends. */
  void search(char[] text, int n, Hits hits) {
    int row = 0; // the current state's row offset
    int[] next = this.next;
    byte[] classes = this.classes;
    for (int i = 0; i < n; i++) {
      int c = text[i];
      int e = next[row + (c < ALPHABET ? classes[c] : 0)];
      if (e >= 0) {
        row = e;
        continue;
      }
      row = -e - 1;
      int state = row / width;
      int[] sets = outputSets[state];
      int[] idx = outputIndexes[state];
      for (int k = 0; k < sets.length; k++) {
        hits.hit(sets[k], idx[k], i + 1);
      }
    }
  }
}
