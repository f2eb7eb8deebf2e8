package io.datasieve.detectors.secrets;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Finds every occurrence of many keywords in one pass: an Aho-Corasick automaton over 7-bit ASCII,
 * compiled to a dense transition table so that each input char costs one array read. Matching
 * ignores ASCII case; a non-ASCII char resets to the root (keywords are ASCII). Immutable and
 * thread-safe once built.
 */
final class KeywordIndex {
  private static final int ALPHABET = 128;

  /** Receives a keyword occurrence: its index and the offset just after it. */
  interface Hit {
    void at(int keyword, int end);
  }

  private final int[] next; // state * ALPHABET + char -> state
  private final int[][] outputs; // state -> keyword indices ending here (via suffix links too)
  private final int[] lengths;

  KeywordIndex(List<String> keywords) {
    lengths = new int[keywords.size()];
    List<int[]> trie = new ArrayList<>();
    List<List<Integer>> out = new ArrayList<>();
    trie.add(newRow());
    out.add(new ArrayList<>());
    for (int k = 0; k < keywords.size(); k++) {
      String w = keywords.get(k).toLowerCase(Locale.ROOT);
      if (w.isEmpty() || !w.chars().allMatch(c -> c < ALPHABET)) {
        throw new IllegalArgumentException("keyword must be non-empty ASCII: '" + keywords.get(k) + "'");
      }
      lengths[k] = w.length();
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
      out.get(state).add(k);
    }
    // Breadth-first: suffix links, and missing transitions filled from the suffix state.
    int[] fail = new int[trie.size()];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int c = 0; c < ALPHABET; c++) {
      int s = trie.get(0)[c];
      if (s < 0) {
        trie.get(0)[c] = 0;
      } else {
        fail[s] = 0;
        queue.add(s);
      }
    }
    while (!queue.isEmpty()) {
      int state = queue.poll();
      out.get(state).addAll(out.get(fail[state]));
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
    next = new int[trie.size() * ALPHABET];
    outputs = new int[trie.size()][];
    for (int s = 0; s < trie.size(); s++) {
      System.arraycopy(trie.get(s), 0, next, s * ALPHABET, ALPHABET);
      outputs[s] = out.get(s).stream().distinct().mapToInt(Integer::intValue).toArray();
    }
  }

  private static int[] newRow() {
    int[] row = new int[ALPHABET];
    Arrays.fill(row, -1);
    return row;
  }

  /** Length of keyword {@code k}. */
  int length(int k) {
    return lengths[k];
  }

  /** Reports every keyword occurrence in the text, in order of their ends. */
  void search(CharSequence text, Hit hit) {
    int state = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      int c = text.charAt(i);
      if (c >= ALPHABET) {
        state = 0;
        continue;
      }
      if (c >= 'A' && c <= 'Z') {
        c += 32;
      }
      state = next[state * ALPHABET + c];
      int[] o = outputs[state];
      for (int k = 0; k < o.length; k++) {
        hit.at(o[k], i + 1);
      }
    }
  }
}
