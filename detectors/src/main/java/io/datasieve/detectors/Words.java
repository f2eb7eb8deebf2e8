package io.datasieve.detectors;

/**
 * Small text-walking helpers shared by the detectors' character scans: what a digit is, what a
 * letter or digit is, and when a candidate stands alone ({@link Boundary}).
 */
final class Words {
  private Words() {}

  /** Past the word (letters and digits) at {@code i}, or just past {@code i} when it is not in one. */
  static int skip(String s, int i) {
    if (!letterOrDigit(s.charAt(i))) {
      return i + 1;
    }
    int j = i + 1;
    while (j < s.length() && letterOrDigit(s.charAt(j))) {
      j++;
    }
    return j;
  }

  /** An ASCII digit: the digits detectors parse (other scripts' digits are letters or digits, not these). */
  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The number the ASCII digits {@code s[from, to)} spell (the caller knows they are digits). */
  static int digitsValue(String s, int from, int to) {
    int v = 0;
    for (int k = from; k < to; k++) {
      v = v * 10 + (s.charAt(k) - '0');
    }
    return v;
  }

  /** {@link Character#isLetter(char)}, answered without its tables for ASCII. */
  static boolean letter(char c) {
    if (c < 128) {
      int lower = c | 0x20;
      return lower >= 'a' && lower <= 'z';
    }
    return Character.isLetter(c);
  }

  /** {@link Character#isUpperCase(char)}, answered without its tables for ASCII. */
  static boolean upperCase(char c) {
    return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
  }

  /** {@link Character#isLowerCase(char)}, answered without its tables for ASCII. */
  static boolean lowerCase(char c) {
    return c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
  }

  /** {@link Character#isWhitespace(char)}, answered without its tables for ASCII. */
  static boolean whitespace(char c) {
    return c < 128 ? c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F : Character.isWhitespace(c);
  }

  /** {@link Character#isLetterOrDigit(char)}, answered without its tables for ASCII. */
  static boolean letterOrDigit(char c) {
    if (c < 128) {
      int lower = c | 0x20;
      return c >= '0' && c <= '9' || lower >= 'a' && lower <= 'z';
    }
    return Character.isLetterOrDigit(c);
  }

  /**
   * When a candidate is joined to what is next to it, and so is part of a longer token rather than
   * a value of its own: the one rule of "standing alone" of the detectors, each giving its own
   * chars. A side is joined when the neighbouring char is a letter or digit or one of the
   * {@code sticky} chars ({@code $} in {@code $123456789}); or when it is one of the {@code
   * joinWords} chars and a letter or digit lies beyond it ({@code ORD-123456789}); or one of the
   * {@code joinNumbers} chars with a digit beyond it ({@code 12:123456789}, a decimal, a date).
   * Immutable.
   */
  record Boundary(String sticky, String joinWords, String joinNumbers) {
    /** Whether the candidate starting at {@code start} is joined to what precedes it. */
    boolean joinedBefore(String s, int start) {
      if (start == 0) {
        return false;
      }
      char p = s.charAt(start - 1);
      if (letterOrDigit(p) || sticky.indexOf(p) >= 0) {
        return true;
      }
      if (start == 1) {
        return false;
      }
      char beyond = s.charAt(start - 2);
      return joinWords.indexOf(p) >= 0 && letterOrDigit(beyond) || joinNumbers.indexOf(p) >= 0 && isDigit(beyond);
    }

    /** Whether the candidate ending before {@code end} is joined to what follows it. */
    boolean joinedAfter(String s, int end) {
      if (end >= s.length()) {
        return false;
      }
      char q = s.charAt(end);
      if (letterOrDigit(q) || sticky.indexOf(q) >= 0) {
        return true;
      }
      if (end + 1 >= s.length()) {
        return false;
      }
      char beyond = s.charAt(end + 1);
      return joinWords.indexOf(q) >= 0 && letterOrDigit(beyond) || joinNumbers.indexOf(q) >= 0 && isDigit(beyond);
    }
  }
}
