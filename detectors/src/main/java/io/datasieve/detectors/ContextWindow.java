package io.datasieve.detectors;

/**
 * How far the built-in detectors look for context phrases around a candidate, in tokens (words
 * and numbers, see {@link io.datasieve.spi.ValueAnalysis}): the one place these windows are set.
 */
final class ContextWindow {
  private ContextWindow() {}

  /** Before an identifier that a whole sentence may introduce ("my social security number is"). */
  static final int SENTENCE = 10;
  /** Before a value whose label usually sits in the same clause ("reach me at", "email:"). */
  static final int CLAUSE = 6;
  /** After a candidate ("... (SSN)", "... is my card"). */
  static final int AFTER = 4;
  /** A label right before the value ("Passport: X", "DL# X", "v1.2.3"). */
  static final int LABEL = 2;
  /** Right after the value ("1990-01-02 (DOB)"). */
  static final int TAG = 2;
}
