package io.datasieve.detectors;

/** Small text-walking helpers shared by the detectors' character scans. */
final class Words {
  private Words() {}

  /** Past the word (letters and digits) at {@code i}, or just past {@code i} when it is not in one. */
  static int skip(String s, int i) {
    if (!Character.isLetterOrDigit(s.charAt(i))) {
      return i + 1;
    }
    int j = i + 1;
    while (j < s.length() && Character.isLetterOrDigit(s.charAt(j))) {
      j++;
    }
    return j;
  }
}
