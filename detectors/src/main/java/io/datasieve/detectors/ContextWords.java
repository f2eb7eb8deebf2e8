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
   * cut by the window edge does not count.
   */
  boolean occursIn(CharSequence text, int from, int to) {
    from = Math.max(0, from);
    to = Math.min(text.length(), to);
    List<String> words = new ArrayList<>();
    int i = from;
    while (i < to) {
      while (i < to && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (start == i) {
        break;
      }
      boolean cutLeft = start == from && start > 0 && Character.isLetterOrDigit(text.charAt(start - 1));
      boolean cutRight = i == to && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (!cutLeft && !cutRight) {
        words.add(text.subSequence(start, i).toString().toLowerCase(Locale.ROOT));
      } else {
        words.add(""); // keeps adjacency honest: a cut word breaks a phrase
      }
    }
    for (String[] phrase : phrases) {
      outer:
      for (int w = 0; w + phrase.length <= words.size(); w++) {
        for (int k = 0; k < phrase.length; k++) {
          if (!words.get(w + k).equals(phrase[k])) {
            continue outer;
          }
        }
        return true;
      }
    }
    return false;
  }
}
