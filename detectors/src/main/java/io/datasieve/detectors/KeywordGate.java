package io.datasieve.detectors;

import java.util.List;
import java.util.Locale;

/**
 * Whether one of a few keywords occurs anywhere in a value, inside words too, ignoring ASCII case:
 * the same answer as "the shared keyword automaton reports a hit of this set" ({@code
 * ValueAnalysis.keywordHits(set) > 0}), decided without running the automaton over every keyword
 * of every detector. A detector that reports nothing without one of its keywords asks this first,
 * so a value without them costs it a few vectorised {@code indexOf} passes and nothing else.
 *
 * <p>The automaton folds only {@code A-Z} and never matches across a char outside ASCII; so does
 * this gate: a text char matches a keyword char when it is that char or its ASCII upper case.
 * Immutable and thread-safe.
 */
final class KeywordGate {
  private final char[][] keywords;

  /**
   * @param keywords non-empty ASCII keywords (any case)
   * @throws IllegalArgumentException naming a keyword that is empty or not ASCII
   */
  KeywordGate(List<String> keywords) {
    this.keywords = new char[keywords.size()][];
    for (int k = 0; k < keywords.size(); k++) {
      String w = keywords.get(k);
      if (w.isEmpty() || !w.chars().allMatch(c -> c < 128)) {
        throw new IllegalArgumentException("keyword must be non-empty ASCII: '" + w + "'");
      }
      this.keywords[k] = w.toLowerCase(Locale.ROOT).toCharArray();
    }
  }

  /** Whether some keyword occurs in {@code text}. */
  boolean occursIn(String text) {
    for (char[] w : keywords) {
      char first = w[0];
      if (occurs(text, w, first) || isLower(first) && occurs(text, w, (char) (first - 32))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code w} occurs at an occurrence of the char {@code first} (one case of {@code w[0]}). */
  private static boolean occurs(String text, char[] w, char first) {
    int last = text.length() - w.length;
    for (int at = text.indexOf(first); at >= 0 && at <= last; at = text.indexOf(first, at + 1)) {
      if (restMatches(text, at, w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean restMatches(String text, int at, char[] w) {
    for (int k = 1; k < w.length; k++) {
      char c = text.charAt(at + k);
      if (c >= 'A' && c <= 'Z') {
        c += 32;
      }
      if (c != w[k]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }
}
