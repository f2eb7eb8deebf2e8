package io.datasieve.detectors;

import io.datasieve.spi.PhraseSet;
import java.util.List;

/**
 * A cheap necessary condition for {@code ValueAnalysis.near}: a phrase of the set can end in the
 * tokens right before a candidate only if one of those tokens starts with a char that folds to the
 * first char of a phrase's <em>last</em> word, and can start in the tokens right after it only if
 * one of those starts with the first char of a phrase's <em>first</em> word. When neither holds the
 * answer is false, and a detector knows it by reading a few tokens around its candidate, without
 * asking the analysis to tokenize the whole value and look every token up: most candidates in
 * long text ("Ticket #578331", "card ending 9308") and every candidate of a value without letters
 * ({@code 736-75-4138}) are decided so.
 *
 * <p>Tokens and folding are those of the analysis: a token is a maximal run of {@link
 * Character#isLetterOrDigit} chars, and a char folds to its ASCII lower case, or {@link
 * Character#toLowerCase} outside ASCII, as the phrase words were folded. Windows are counted in
 * tokens as {@code near} counts them: "before" from the token holding the candidate's first char,
 * "after" from the token holding its last. Immutable and thread-safe.
 */
final class PhraseInitialsGate {
  private final Initials firstWords = new Initials();
  private final Initials lastWords = new Initials();

  PhraseInitialsGate(PhraseSet set) {
    for (List<String> phrase : set.phrases()) {
      firstWords.add(phrase.get(0).charAt(0)); // already folded
      lastWords.add(phrase.get(phrase.size() - 1).charAt(0));
    }
  }

  /**
   * False when no phrase of the set can end within {@code before} tokens before the candidate
   * {@code [start, end)} nor start within {@code after} tokens after it; true when one may.
   */
  boolean mayBeNear(String text, int start, int end, int before, int after) {
    return mayEndBefore(text, start, before) || after > 0 && mayStartAfter(text, end, after);
  }

  private boolean mayEndBefore(String s, int start, int tokens) {
    int j = start;
    while (j > 0 && isAlnum(s.charAt(j - 1)) && j < s.length() && isAlnum(s.charAt(j))) {
      j--; // back to the start of the token holding the candidate's first char
    }
    for (int t = 0; t < tokens; t++) {
      while (j > 0 && !isAlnum(s.charAt(j - 1))) {
        j--;
      }
      if (j == 0) {
        return false;
      }
      while (j > 0 && isAlnum(s.charAt(j - 1))) {
        j--;
      }
      if (lastWords.has(s.charAt(j))) {
        return true;
      }
    }
    return false;
  }

  private boolean mayStartAfter(String s, int end, int tokens) {
    int n = s.length();
    int j = end;
    if (j > 0 && isAlnum(s.charAt(j - 1))) {
      while (j < n && isAlnum(s.charAt(j))) {
        j++; // past the token holding the candidate's last char
      }
    }
    for (int t = 0; t < tokens; t++) {
      while (j < n && !isAlnum(s.charAt(j))) {
        j++;
      }
      if (j == n) {
        return false;
      }
      if (firstWords.has(s.charAt(j))) {
        return true;
      }
      while (j < n && isAlnum(s.charAt(j))) {
        j++;
      }
    }
    return false;
  }

  private static boolean isAlnum(char c) {
    return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
  }

  /** Folded first chars of words. */
  private static final class Initials {
    private final boolean[] ascii = new boolean[128];
    private char[] other = new char[0];

    void add(char folded) {
      if (folded < 128) {
        ascii[folded] = true;
      } else if (!has(folded)) {
        other = java.util.Arrays.copyOf(other, other.length + 1);
        other[other.length - 1] = folded;
      }
    }

    /** Whether the token initial {@code c} folds to one of these chars. */
    boolean has(char c) {
      char f = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
      if (f < 128) {
        return ascii[f];
      }
      for (char o : other) {
        if (o == f) {
          return true;
        }
      }
      return false;
    }
  }
}
