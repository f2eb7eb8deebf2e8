package io.datasieve.spi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of every declared phrase, and the phrases as paths of word ids: a value's tokens are
 * looked up once each (case folded, without allocating), and phrases are followed token by token
 * from the tokens that start one. Immutable once built.
 */
final class WordIndex {
  private final char[][] table; // open addressing: folded word chars, or null
  private final int[] ids;
  private final int mask;
  /** Child of the root per word id: the node reached by a phrase's first word, or -1. */
  private final int[] rootChild;
  /** Per node: the word ids of its children and the child nodes. */
  private final int[][] childWords;
  private final int[][] childNodes;
  /** Per node: the phrase-set slots of the phrases ending here. */
  private final int[][] terminals;
  final int size;
  /**
   * Per folded ASCII first char, a bit per word length (1 to 63; bit 0 for longer words) that some
   * phrase word has: most tokens of a value are ruled out by one array read, before any hashing.
   */
  private final long[] lengthsByFirst = new long[128];
  /** Whether some phrase word starts with a char outside ASCII. */
  private boolean nonAsciiFirst;

  WordIndex(PhraseSet[] sets) {
    Map<String, Integer> vocabulary = new HashMap<>();
    List<Map<Integer, Integer>> children = new ArrayList<>();
    List<List<Integer>> ends = new ArrayList<>();
    children.add(new HashMap<>());
    ends.add(new ArrayList<>());
    for (int s = 0; s < sets.length; s++) {
      for (List<String> phrase : sets[s].phrases()) {
        int node = 0;
        for (String w : phrase) {
          int id = vocabulary.computeIfAbsent(w, x -> vocabulary.size());
          Integer next = children.get(node).get(id);
          if (next == null) {
            next = children.size();
            children.get(node).put(id, next);
            children.add(new HashMap<>());
            ends.add(new ArrayList<>());
          }
          node = next;
        }
        if (!ends.get(node).contains(s)) {
          ends.get(node).add(s);
        }
      }
    }
    size = vocabulary.size();
    int cap = Integer.highestOneBit(Math.max(4, size * 4 - 1)) << 1;
    table = new char[cap][];
    ids = new int[cap];
    mask = cap - 1;
    vocabulary.forEach((w, id) -> {
      char[] chars = w.toCharArray();
      int slot = hash(chars, 0, chars.length) & mask;
      while (table[slot] != null) {
        slot = (slot + 1) & mask;
      }
      table[slot] = chars;
      ids[slot] = id;
      char first = chars[0];
      if (first < 128) {
        lengthsByFirst[first] |= 1L << (chars.length < 64 ? chars.length : 0);
      } else {
        nonAsciiFirst = true;
      }
    });
    rootChild = new int[size];
    Arrays.fill(rootChild, -1);
    children.get(0).forEach((id, node) -> rootChild[id] = node);
    int nodes = children.size();
    childWords = new int[nodes][];
    childNodes = new int[nodes][];
    terminals = new int[nodes][];
    for (int n = 0; n < nodes; n++) {
      Map<Integer, Integer> c = children.get(n);
      childWords[n] = new int[c.size()];
      childNodes[n] = new int[c.size()];
      int k = 0;
      for (Map.Entry<Integer, Integer> e : c.entrySet()) {
        childWords[n][k] = e.getKey();
        childNodes[n][k++] = e.getValue();
      }
      terminals[n] = ends.get(n).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  private static int hash(char[] w, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = h * 31 + w[i];
    }
    return mix(h);
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    return h ^ (h >>> 13);
  }

  static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }

  /** The id of the word {@code s[from, to)} ignoring case, or -1. */
  int lookup(String s, int from, int to) {
    if (size == 0) {
      return -1;
    }
    char first = fold(s.charAt(from));
    if (first < 128) {
      int len = to - from;
      if ((lengthsByFirst[first] & 1L << (len < 64 ? len : 0)) == 0) {
        return -1;
      }
    } else if (!nonAsciiFirst) {
      return -1;
    }
    int h = 0;
    for (int i = from; i < to; i++) {
      h = h * 31 + fold(s.charAt(i));
    }
    int slot = mix(h) & mask;
    int len = to - from;
    while (true) {
      char[] w = table[slot];
      if (w == null) {
        return -1;
      }
      if (w.length == len && equalsFolded(w, s, from)) {
        return ids[slot];
      }
      slot = (slot + 1) & mask;
    }
  }

  private static boolean equalsFolded(char[] w, String s, int from) {
    for (int k = 0; k < w.length; k++) {
      if (fold(s.charAt(from + k)) != w[k]) {
        return false;
      }
    }
    return true;
  }

  /** The node a phrase starting with word {@code id} reaches, or -1. */
  int start(int id) {
    return rootChild[id];
  }

  /** The child of {@code node} along word {@code id}, or -1. */
  int child(int node, int id) {
    int[] w = childWords[node];
    for (int k = 0; k < w.length; k++) {
      if (w[k] == id) {
        return childNodes[node][k];
      }
    }
    return -1;
  }

  /** The phrase-set slots of phrases that end at {@code node}. */
  int[] terminals(int node) {
    return terminals[node];
  }
}
