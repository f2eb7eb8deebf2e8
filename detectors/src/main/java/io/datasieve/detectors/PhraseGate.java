package io.datasieve.detectors;

import io.datasieve.spi.PhraseSet;
import io.datasieve.spi.ValueAnalysis;

/**
 * Rules out context phrases near a candidate before {@link ValueAnalysis#near} is asked: the first
 * such question of a value looks up every word of the value, which costs more than a whole
 * candidate's check when the value is just the candidate ({@code 1987-03-04} alone in a column).
 * {@link #mayBeNear} is false only when {@code near} would be false too:
 *
 * <ul>
 *   <li>no token of the value lies in a direction the window looks (nothing before the candidate,
 *       nothing after it), so no phrase can sit there; or
 *   <li>a letter that every phrase of the set contains ({@code b} for "born", "dob", "birthday",
 *       "b day"...) occurs nowhere in the value, in either case. Phrases match tokens case-folded
 *       char by char; no char outside ASCII folds to an ASCII letter except to {@code i} and
 *       {@code k} (U+0130, U+212A), so those two are never chosen.
 * </ul>
 *
 * Immutable and thread-safe.
 */
final class PhraseGate {
  /** Lower case ASCII letter in every phrase, or 0 when there is none. */
  private final char letter;
  private final char upper;

  private PhraseGate(char letter) {
    this.letter = letter;
    this.upper = (char) (letter == 0 ? 0 : letter - 32);
  }

  /** The gate of a set: with the first letter (a-z, not i or k) that all its phrases contain. */
  static PhraseGate of(PhraseSet set) {
    for (char c = 'a'; c <= 'z'; c++) {
      if (c == 'i' || c == 'k') {
        continue;
      }
      boolean everywhere = true;
      for (var phrase : set.phrases()) {
        if (!String.join(" ", phrase).contains(String.valueOf(c))) {
          everywhere = false;
          break;
        }
      }
      if (everywhere) {
        return new PhraseGate(c);
      }
    }
    return new PhraseGate((char) 0);
  }

  /** The letter every phrase contains, or 0. */
  char letter() {
    return letter;
  }

  /**
   * False when no phrase of the set can be within {@code tokensBefore} tokens before or {@code
   * tokensAfter} tokens after {@code [start, end)}; true when {@link ValueAnalysis#near} must
   * decide.
   */
  boolean mayBeNear(ValueAnalysis value, int start, int end, int tokensBefore, int tokensAfter) {
    int tokens = value.tokenCount();
    if (tokens == 0) {
      return false;
    }
    boolean before = tokensBefore > 0 && value.tokenStart(0) < start;
    boolean after = tokensAfter > 0 && value.tokenStart(tokens - 1) >= end;
    if (!before && !after) {
      return false;
    }
    if (letter == 0) {
      return true;
    }
    String s = value.text();
    return s.indexOf(letter) >= 0 || s.indexOf(upper) >= 0;
  }
}
