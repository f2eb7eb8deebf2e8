package io.datasieve.detectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContextualIdDetectorTest {
  @ParameterizedTest(name = "[{index}] {1}: \"{0}\" -> \"{2}\"")
  @CsvSource(delimiter = '~', quoteCharacter = '`', textBlock = """
      passport number 912345678            ~ notes         ~ 912345678
      Passport: C03005988                  ~ notes         ~ C03005988
      C03005988                            ~ passport_no   ~ C03005988
      912345678                            ~ notes         ~ ``
      passport photo 2 x 2 inches          ~ notes         ~ ``
      my passport expired, order 123456789 ~ notes         ~ ``
      """)
  void passport(String value, String field, String expected) {
    TableAssert.reports(ContextualIdDetector.usPassport(), field, value, expected);
  }

  @ParameterizedTest(name = "[{index}] {1}: \"{0}\" -> \"{2}\"")
  @CsvSource(delimiter = '~', quoteCharacter = '`', textBlock = """
      driver's license D1234567            ~ notes           ~ D1234567
      DL# S123-456-78-901-0                ~ notes           ~ S123-456-78-901-0
      Lic no: D1234567                     ~ notes           ~ D1234567
      driver's license no. 123456789T      ~ notes           ~ 123456789T
      my dl is d1234567                    ~ notes           ~ d1234567
      driver license ABCD1234567           ~ notes           ~ ``
      license no. -S123-456-78             ~ notes           ~ ``
      DL# S123--456789                     ~ notes           ~ ``
      123456789                            ~ driver_license  ~ 123456789
      D1234567                             ~ notes           ~ ``
      license MIT 2.0                      ~ notes           ~ ``
      driver's license renewed in 2020     ~ notes           ~ ``
      """)
  void driverLicense(String value, String field, String expected) {
    TableAssert.reports(ContextualIdDetector.usDriverLicense(), field, value, expected);
  }
}
