package io.datasieve.spi;

import io.datasieve.InfoType;

/** Where a {@link Detector} reports matches. Not thread-safe; valid during one detect call. */
public interface MatchSink {
  /**
   * Reports a match with the reasons for its confidence.
   *
   * @param infoType one of the detector's declared {@link Detector#infoTypes()}
   * @param start offset of the match in {@link FieldValue#text()}, inclusive
   * @param end offset of the end of the match, exclusive, greater than {@code start}
   * @param confidence 0..1; matches under the scanner's minimum confidence are dropped
   * @param explanation short reasons, such as {@code "Luhn valid; Visa range; context: card"};
   *     never the value itself. Prefer constants: this is called per match.
   */
  void match(InfoType infoType, int start, int end, double confidence, String explanation);

  /** Reports a match without an explanation. */
  default void match(InfoType infoType, int start, int end, double confidence) {
    match(infoType, start, end, confidence, null);
  }
}
