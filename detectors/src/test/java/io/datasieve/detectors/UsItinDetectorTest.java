package io.datasieve.detectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsItinDetectorTest {
  private final UsItinDetector detector = new UsItinDetector();

  @ParameterizedTest(name = "[{index}] {1}: \"{0}\" -> \"{2}\"")
  @CsvSource(delimiter = '~', quoteCharacter = '`', textBlock = """
      912-70-1234                 ~ notes ~ 912-70-1234
      ITIN 912 94 1234            ~ notes ~ 912 94 1234
      912701234                   ~ itin  ~ 912701234
      my ITIN is 912501234        ~ notes ~ 912501234
      # negatives
      912701234                   ~ notes ~ ``
      912-93-1234                 ~ notes ~ ``
      912-69-1234                 ~ notes ~ ``
      536-70-1234                 ~ notes ~ ``
      A912-70-1234                ~ notes ~ ``
      """)
  void table(String value, String field, String expected) {
    TableAssert.reports(detector, field, value, expected);
  }
}
