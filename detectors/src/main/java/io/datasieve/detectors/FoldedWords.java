package io.datasieve.detectors;

import java.util.Collection;
import java.util.Map;

/**
 * Words looked up ignoring case without allocating, each with bits saying what it is (a first
 * name, a surname, a common word...), so that one lookup answers every question about a word:
 * open addressing over the words' chars, each probe folding the candidate's chars as it compares.
 * The gazetteer asks it for every capitalised word of every value. Immutable once built.
 */
final class FoldedWords {
  private final char[][] table;
  private final int[] bits;
  private final int mask;
  private final int size;
  /**
   * Per folded ASCII first char, a bit per word length (1 to 63; bit 0 for longer words) that some
   * word has, and the same for words starting outside ASCII in one mask: a lookup of a word no
   * list word resembles in first char and length is answered before hashing it.
   */
  private final long[] lengthsByFirst = new long[129];
  private final boolean hasEmpty;

  /** The words, folded char by char as lookups fold them; each has the bit 1. */
  FoldedWords(Collection<String> words) {
    this(ones(words));
  }

  /** The words with their bits (non-zero), folded char by char as lookups fold them; equal folded words OR their bits. */
  FoldedWords(Map<String, Integer> words) {
    int cap = Integer.highestOneBit(Math.max(4, words.size() * 2 - 1)) << 1;
    table = new char[cap][];
    bits = new int[cap];
    mask = cap - 1;
    int distinct = 0;
    boolean empty = false;
    for (Map.Entry<String, Integer> e : words.entrySet()) {
      String w = e.getKey();
      if (e.getValue() == 0) {
        throw new IllegalArgumentException("word '" + w + "' has no bit");
      }
      char[] chars = w.toCharArray();
      for (int k = 0; k < chars.length; k++) {
        chars[k] = fold(chars[k]);
      }
      int slot = hash(w, 0, w.length()) & mask;
      while (table[slot] != null && !java.util.Arrays.equals(table[slot], chars)) {
        slot = (slot + 1) & mask;
      }
      if (table[slot] == null) {
        distinct++;
      }
      table[slot] = chars;
      bits[slot] |= e.getValue();
      if (chars.length == 0) {
        empty = true;
      } else {
        lengthsByFirst[Math.min(chars[0], 128)] |= lengthBit(chars.length);
      }
    }
    size = distinct;
    hasEmpty = empty;
  }

  private static Map<String, Integer> ones(Collection<String> words) {
    Map<String, Integer> m = new java.util.LinkedHashMap<>();
    for (String w : words) {
      m.put(w, 1);
    }
    return m;
  }

  /** A set of these words (a constant list in a detector). */
  static FoldedWords of(String... words) {
    return new FoldedWords(java.util.List.of(words));
  }

  private static char fold(char c) {
    return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
  }

  private static int hash(CharSequence s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = h * 31 + fold(s.charAt(i));
    }
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    return h ^ (h >>> 13);
  }

  /** Whether {@code s} lower-cased (char by char, as {@link Character#toLowerCase(char)}) is in the set. */
  boolean contains(CharSequence s) {
    return contains(s, 0, s.length());
  }

  /** Whether {@code s[from, to)} lower-cased char by char is in the set; nothing is copied. */
  boolean contains(CharSequence s, int from, int to) {
    return bits(s, from, to) != 0;
  }

  private static long lengthBit(int length) {
    return 1L << (length < 64 ? length : 0);
  }

  /** The bits of {@code s[from, to)} lower-cased char by char, or 0 when it is not in the set. */
  int bits(CharSequence s, int from, int to) {
    int len = to - from;
    if (len <= 0) {
      return len == 0 && hasEmpty ? lookup(s, from, to) : 0;
    }
    if ((lengthsByFirst[Math.min(fold(s.charAt(from)), 128)] & lengthBit(len)) == 0) {
      return 0;
    }
    return lookup(s, from, to);
  }

  private int lookup(CharSequence s, int from, int to) {
    int len = to - from;
    int slot = hash(s, from, to) & mask;
    while (true) {
      char[] w = table[slot];
      if (w == null) {
        return 0;
      }
      if (w.length == len && equalsFolded(w, s, from)) {
        return bits[slot];
      }
      slot = (slot + 1) & mask;
    }
  }

  private static boolean equalsFolded(char[] w, CharSequence s, int from) {
    for (int k = 0; k < w.length; k++) {
      if (fold(s.charAt(from + k)) != w[k]) {
        return false;
      }
    }
    return true;
  }

  int size() {
    return size;
  }
}
