package io.datasieve.detectors;

import io.datasieve.spi.ValueAnalysis;
import java.util.Arrays;

/**
 * The candidate scan shared by the SSN and ITIN detectors: finds runs of exactly nine digits and
 * {@code DDD-DD-DDDD} / {@code DDD DD DDDD} shapes (one consistent separator) that stand alone,
 * not glued to a longer token. Every run of ASCII digits lies inside one of the analysis's tokens
 * that holds a digit, so only those tokens are visited: an all-digit token is one run, read from
 * its bounds; in a token of letters and digits the runs are found char by char. Tokens without a
 * digit (most of prose and code) are passed over by their flags.
 *
 * <p><b>Scanned once for both detectors.</b> The scanner runs every detector over a value before
 * the next value, the SSN detector right before the ITIN detector, on the same thread. So the
 * candidates of the last text each thread scanned are remembered ({@link #of}) and the second
 * detector reads them instead of scanning again. The memo is keyed on the identity of the text:
 * a {@code String} never changes, so the same instance always has the same candidates, whichever
 * field, record or analysis it came with. It holds one text per thread (bounded), and it dies with
 * the thread. The candidates depend on the chars only (the tokens are a function of them).
 *
 * <p>Not re-entrant: a caller reads the candidates of one text before it asks for another's on the
 * same thread (as each detector does within one {@code detect} call).
 */
final class NineDigitCandidates {
  private static final ThreadLocal<NineDigitCandidates> LAST = ThreadLocal.withInitial(NineDigitCandidates::new);

  private String text;
  private int count;
  private int[] starts = new int[4];
  private int[] ends = new int[4];
  private int[] notBefores = new int[4];
  private boolean[] separated = new boolean[4];

  private NineDigitCandidates() {}

  /** The candidates of the value: this thread's last scan when it was of the same text instance. */
  static NineDigitCandidates of(ValueAnalysis value) {
    NineDigitCandidates found = LAST.get();
    if (found.text != value.text()) {
      found.scan(value);
    }
    return found;
  }

  /** A fresh scan, remembered nowhere: the reference the memo is held to in tests. */
  static NineDigitCandidates scanned(ValueAnalysis value) {
    NineDigitCandidates found = new NineDigitCandidates();
    found.scan(value);
    return found;
  }

  /** Number of candidates, in text order. */
  int count() {
    return count;
  }

  /** First char of candidate {@code k}. */
  int start(int k) {
    return starts[k];
  }

  /** The char after the last of candidate {@code k}. */
  int end(int k) {
    return ends[k];
  }

  /** Whether candidate {@code k} has separators ({@code 3-2-4}). */
  boolean separated(int k) {
    return separated[k];
  }

  /**
   * Where context words for candidate {@code k} may start: never before the previous nine-digit
   * run or 3-2-4 shape (standing alone or not), so that context belongs to the nearest number.
   */
  int notBefore(int k) {
    return notBefores[k];
  }

  private void scan(ValueAnalysis value) {
    text = null; // a scan that failed midway leaves no half result behind
    count = 0;
    String s = value.text();
    int n = s.length();
    int previousCandidateEnd = 0;
    int from = 0; // where the next run may start
    for (int t = 0, tokens = value.tokenCount(); t < tokens; t++) {
      int flags = value.tokenFlags(t);
      int tokenEnd = value.tokenEnd(t);
      if ((flags & ValueAnalysis.HAS_DIGIT) == 0 || tokenEnd <= from) {
        continue;
      }
      int tokenStart = Math.max(value.tokenStart(t), from);
      boolean allDigits = (flags & ValueAnalysis.DIGITS) != 0;
      int i = allDigits ? tokenStart : nextDigit(s, tokenStart, tokenEnd);
      while (i >= 0) {
        int j;
        if (allDigits) {
          j = tokenEnd; // the token is a maximal run of letters and digits, all of them digits
        } else {
          j = i + 1;
          while (j < n && isDigit(s.charAt(j))) {
            j++;
          }
        }
        int run = j - i;
        int end = -1;
        boolean sep = false;
        if (run == 9) {
          end = j;
        } else if (run == 3 && j + 8 <= n) {
          char c = s.charAt(j);
          if ((c == '-' || c == ' ')
              && isDigit(s.charAt(j + 1)) && isDigit(s.charAt(j + 2))
              && s.charAt(j + 3) == c
              && isDigit(s.charAt(j + 4)) && isDigit(s.charAt(j + 5))
              && isDigit(s.charAt(j + 6)) && isDigit(s.charAt(j + 7))
              && (j + 8 == n || !isDigit(s.charAt(j + 8)))) {
            end = j + 8;
            sep = true;
          }
        }
        from = j;
        if (run >= 9 || end > 0) {
          int notBefore = previousCandidateEnd;
          previousCandidateEnd = end > 0 ? end : j;
          if (end > 0 && standsAlone(s, i, end)) {
            add(i, end, sep, notBefore);
            from = end;
          }
        }
        i = from < tokenEnd ? nextDigit(s, from, tokenEnd) : -1;
      }
    }
    text = s;
  }

  private void add(int start, int end, boolean sep, int notBefore) {
    if (count == starts.length) {
      int cap = count * 2;
      starts = Arrays.copyOf(starts, cap);
      ends = Arrays.copyOf(ends, cap);
      notBefores = Arrays.copyOf(notBefores, cap);
      separated = Arrays.copyOf(separated, cap);
    }
    starts[count] = start;
    ends[count] = end;
    notBefores[count] = notBefore;
    separated[count] = sep;
    count++;
  }

  /** The first ASCII digit in {@code s[from, to)}, or -1. */
  private static int nextDigit(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isDigit(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  static boolean isDigit(char c) {
    return Words.isDigit(c);
  }

  /**
   * Not part of a longer token: no letter or digit right before or after, and no number joined to
   * it by {@code - . / _ +} (a hyphenated id, a decimal, a version, a date, a phone extension).
   */
  static boolean standsAlone(String s, int start, int end) {
    return !BEFORE.joinedBefore(s, start) && !AFTER.joinedAfter(s, end);
  }

  /**
   * "ORD-123456789", "v1.123456789", "$123456789": joined to a token. "SSN:123..." and "SSN#123..."
   * stay candidates, but "12:123..." does not.
   */
  private static final Words.Boundary BEFORE = new Words.Boundary("$", "-./_+", ":#");
  /** "123456789-2", "123456789.5", "123-45-6789,12": joined to a number. */
  private static final Words.Boundary AFTER = new Words.Boundary("", "", "-./_,:");

  /**
   * The nine digits of a candidate starting at {@code start} as one number {@code AAAGGSSSS}
   * (area, group, serial), separators skipped.
   */
  static int digits(String s, int start) {
    int value = 0;
    for (int i = start, k = 0; k < 9; i++) {
      char c = s.charAt(i);
      if (isDigit(c)) {
        value = value * 10 + (c - '0');
        k++;
      }
    }
    return value;
  }
}
