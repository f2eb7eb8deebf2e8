package io.datasieve.detectors;

import io.datasieve.spi.PhraseSet;
import java.util.List;

/**
 * A cheap necessary condition for a {@link PhraseSet} to occur in a value: some token starts with
 * a char that folds to the first char of a phrase's first word. When none does, {@code
 * ValueAnalysis.near} and {@code contains} are false for that set, and a detector knows it without
 * asking the analysis to tokenize the value and look every token up: a value with no letters at
 * all ({@code 736-75-4138}, {@code 4111 1111 1111 1111}) is decided by reading its chars once.
 *
 * <p>Tokens and folding are those of the analysis: a token starts at a {@link
 * Character#isLetterOrDigit} char that does not follow one, and a char folds to its ASCII lower
 * case, or {@link Character#toLowerCase} outside ASCII, as the phrase words were folded. Immutable
 * and thread-safe.
 */
final class PhraseGate {
  private final boolean[] asciiFirst = new boolean[128];
  private final char[] otherFirst;

  PhraseGate(PhraseSet set) {
    StringBuilder other = new StringBuilder();
    for (List<String> phrase : set.phrases()) {
      char first = phrase.get(0).charAt(0); // already folded
      if (first < 128) {
        asciiFirst[first] = true;
      } else if (other.indexOf(String.valueOf(first)) < 0) {
        other.append(first);
      }
    }
    this.otherFirst = other.toString().toCharArray();
  }

  /** False when no phrase of the set can occur in {@code text}; true when one may. */
  boolean mayOccurIn(String text) {
    boolean inToken = false;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c < 128) {
        boolean alnum = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        if (alnum && !inToken && asciiFirst[c >= 'A' && c <= 'Z' ? c + 32 : c]) {
          return true;
        }
        inToken = alnum;
      } else {
        boolean alnum = Character.isLetterOrDigit(c);
        if (alnum && !inToken && isOtherFirst(Character.toLowerCase(c))) {
          return true;
        }
        inToken = alnum;
      }
    }
    return false;
  }

  private boolean isOtherFirst(char folded) {
    if (folded < 128) {
      return asciiFirst[folded];
    }
    for (char f : otherFirst) {
      if (f == folded) {
        return true;
      }
    }
    return false;
  }
}
