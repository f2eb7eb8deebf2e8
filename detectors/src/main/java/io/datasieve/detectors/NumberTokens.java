package io.datasieve.detectors;

import io.datasieve.spi.ValueAnalysis;

/** Cheap bounds for detectors of numbers whose candidates are made of all-digit tokens only. */
final class NumberTokens {
  private NumberTokens() {}

  /** The digits in the value's {@link ValueAnalysis#DIGITS} tokens, counted up to {@code enough}. */
  static int digits(ValueAnalysis value, int enough) {
    int digits = 0;
    for (int k = 0, d = value.digitTokenCount(); k < d && digits < enough; k++) {
      int t = value.digitToken(k);
      digits += value.tokenEnd(t) - value.tokenStart(t);
    }
    return digits;
  }
}
