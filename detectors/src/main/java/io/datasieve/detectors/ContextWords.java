package io.datasieve.detectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Phrases that, near a candidate, make it more likely to be what it looks like ("SSN", "social
 * security"). Matching is on whole words, case-insensitive, with any run of non-alphanumerics
 * between the words of a phrase: "lic" never matches inside "public", and "social-security"
 * matches "social security". Immutable and thread-safe.
 */
final class ContextWords {
  private final List<String[]> phrases = new ArrayList<>();

  /** Phrases of lower-case words separated by single spaces. */
  ContextWords(String... phrases) {
    for (String p : phrases) {
      this.phrases.add(p.toLowerCase(Locale.ROOT).split(" "));
    }
  }

  /**
   * Whether a phrase occurs in {@code text[from, to)}; the window is clamped to the text. A word
   * cut by the window edge does not count. Compares in place, without allocating: it runs for
   * every candidate.
   */
  boolean occursIn(CharSequence text, int from, int to) {
    from = Math.max(0, from);
    to = Math.min(text.length(), to);
    for (int i = from; i < to; i++) {
      if (!Character.isLetterOrDigit(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
        continue; // not the start of a whole word
      }
      for (String[] phrase : phrases) {
        if (matchesAt(text, i, to, phrase)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matchesAt(CharSequence text, int i, int to, String[] phrase) {
    int pos = i;
    for (int k = 0; k < phrase.length; k++) {
      String w = phrase[k];
      int end = pos + w.length();
      if (end > to || !regionEqualsIgnoreCase(text, pos, w)
          || end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
        return false;
      }
      if (k + 1 < phrase.length) {
        pos = end;
        while (pos < to && !Character.isLetterOrDigit(text.charAt(pos))) {
          pos++;
        }
        if (pos == end) {
          return false; // words of a phrase are separated by something
        }
      }
    }
    return true;
  }

  private static boolean regionEqualsIgnoreCase(CharSequence text, int at, String lowerWord) {
    for (int k = 0; k < lowerWord.length(); k++) {
      if (Character.toLowerCase(text.charAt(at + k)) != lowerWord.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a phrase ends right before {@code pos}: only spaces, colons, commas or dashes between
   * its last word and {@code pos} ("Dear: Jane", "my name is Jane").
   */
  boolean endsRightBefore(CharSequence text, int pos) {
    for (String[] phrase : phrases) {
      int e = pos;
      boolean ok = true;
      for (int k = phrase.length - 1; k >= 0 && ok; k--) {
        while (e > 0 && " :,-'".indexOf(text.charAt(e - 1)) >= 0) {
          e--;
        }
        String w = phrase[k];
        int b = e - w.length();
        ok = b >= 0 && regionEqualsIgnoreCase(text, b, w) && (b == 0 || !Character.isLetterOrDigit(text.charAt(b - 1)));
        e = b;
      }
      if (ok) {
        return true;
      }
    }
    return false;
  }
}
