package io.datasieve.detectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IbanDetectorTest {
  private final IbanDetector detector = new IbanDetector();

  @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
  @CsvSource(delimiter = '~', quoteCharacter = '`', textBlock = """
      DE89370400440532013000                      ~ DE89370400440532013000
      IBAN: DE89 3704 0044 0532 0130 00 (Bank)    ~ DE89 3704 0044 0532 0130 00
      GB29 NWBK 6016 1331 9268 19 thanks          ~ GB29 NWBK 6016 1331 9268 19
      send to FR1420041010050500013M02606.        ~ FR1420041010050500013M02606
      NL91ABNA0417164300,BE68539007547034         ~ NL91ABNA0417164300 | BE68539007547034
      my iban is de89370400440532013000           ~ de89370400440532013000
      iban: gb29 nwbk 6016 1331 9268 19           ~ gb29 nwbk 6016 1331 9268 19
      # negatives: wrong check digits, wrong length, glued, lower case without an IBAN word, mixed case, not a country
      DE89370400440532013001                      ~ ``
      DE8937040044053201300                       ~ ``
      XDE89370400440532013000                     ~ ``
      de89370400440532013000                      ~ ``
      my iban is De89370400440532013000           ~ ``
      ZZ89370400440532013000                      ~ ``
      SKU AB12 3456 7890 1234 5678                ~ ``
      """)
  void table(String value, String expected) {
    TableAssert.reports(detector, "notes", value, expected);
  }
}
