package io.datasieve.detectors;

import io.datasieve.spi.ValueAnalysis;

/**
 * The candidate scan shared by the SSN and ITIN detectors: one pass over the chars that finds runs
 * of exactly nine digits and {@code DDD-DD-DDDD} / {@code DDD DD DDDD} shapes (one consistent
 * separator) that stand alone, not glued to a longer token. Anything else is skipped at the cost
 * of reading it once.
 */
final class NineDigitCandidates {
  /** Receives a candidate. */
  interface Consumer {
    /**
     * @param start first char
     * @param end char after the last
     * @param separated whether it has separators
     * @param notBefore where context words for it may start: never before the previous
     *     candidate, so that context belongs to the nearest number
     */
    void candidate(int start, int end, boolean separated, int notBefore);
  }

  private NineDigitCandidates() {}

  static void scan(ValueAnalysis value, Consumer consumer) {
    String s = value.text();
    int n = s.length();
    int previousCandidateEnd = 0;
    int i;
    for (int from = 0; from < n && (i = value.nextDigit(from)) >= 0; from = i) {
      int j = i + 1;
      while (j < n && isDigit(s.charAt(j))) {
        j++;
      }
      int run = j - i;
      int end = -1;
      boolean separated = false;
      if (run == 9) {
        end = j;
      } else if (run == 3 && j + 8 <= n) {
        char sep = s.charAt(j);
        if ((sep == '-' || sep == ' ')
            && isDigit(s.charAt(j + 1)) && isDigit(s.charAt(j + 2))
            && s.charAt(j + 3) == sep
            && isDigit(s.charAt(j + 4)) && isDigit(s.charAt(j + 5))
            && isDigit(s.charAt(j + 6)) && isDigit(s.charAt(j + 7))
            && (j + 8 == n || !isDigit(s.charAt(j + 8)))) {
          end = j + 8;
          separated = true;
        }
      }
      if (run >= 9 || end > 0) {
        int notBefore = previousCandidateEnd;
        previousCandidateEnd = end > 0 ? end : j;
        if (end > 0 && standsAlone(s, i, end)) {
          consumer.candidate(i, end, separated, notBefore);
          i = end;
          continue;
        }
      }
      i = j;
    }
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Not part of a longer token: no letter or digit right before or after, and no number joined to
   * it by {@code - . / _ +} (a hyphenated id, a decimal, a version, a date, a phone extension).
   */
  static boolean standsAlone(String s, int start, int end) {
    if (start > 0) {
      char p = s.charAt(start - 1);
      if (Character.isLetterOrDigit(p) || p == '$') {
        return false;
      }
      if (start > 1) {
        char pp = s.charAt(start - 2);
        // "ORD-123456789", "v1.123456789": joined to a token. "SSN:123..." and "SSN#123..." stay
        // candidates, but "12:123..." does not.
        if ("-./_+".indexOf(p) >= 0 && Character.isLetterOrDigit(pp)
            || (p == ':' || p == '#') && isDigit(pp)) {
          return false;
        }
      }
    }
    if (end < s.length()) {
      char q = s.charAt(end);
      if (Character.isLetterOrDigit(q)) {
        return false;
      }
      if ("-./_,:".indexOf(q) >= 0 && end + 1 < s.length() && isDigit(s.charAt(end + 1))) {
        return false;
      }
    }
    return true;
  }

  /** The nine digits of a candidate as area (3), group (2) and serial (4). */
  static int[] parts(String s, int start) {
    int[] d = new int[9];
    int k = 0;
    for (int i = start; k < 9; i++) {
      char c = s.charAt(i);
      if (isDigit(c)) {
        d[k++] = c - '0';
      }
    }
    return new int[] {d[0] * 100 + d[1] * 10 + d[2], d[3] * 10 + d[4], d[5] * 1000 + d[6] * 100 + d[7] * 10 + d[8]};
  }
}
