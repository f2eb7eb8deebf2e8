package io.datasieve.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datasieve.spi.ValueAnalysis;
import io.datasieve.spi.ValueAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
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

  /**
   * {@code detect} visits only the runs around tokens that hold a digit; it reports what checking
   * every run of hyphen-joined tokens of the value reports, for every scheme, on random text of
   * labels, identifiers, hyphens and other pieces, with fields that name the scheme and fields
   * that do not. The reference asks no screen, so this also proves that ruling values out by
   * their label words ({@code ValueAnalysis.mayContain}) changes nothing.
   */
  @Test
  void visitingDigitBearingTokensReportsWhatEveryRunReports() {
    List<ContextualIdDetector> detectors = List.of(ContextualIdDetector.usPassport(), ContextualIdDetector.usDriverLicense(),
        NationalIds.plPesel(), NationalIds.esDni(), NationalIds.fiHetu(), NationalIds.sePersonnummer(), NationalIds.dkCpr());
    String[] pieces = {"passport", "DL#", "driver's license", "PESEL:", "DNI", "NIE", "HETU", "personnummer", "CPR-nr.",
        "912345678", "C03005988", "S123", "456", "78", "D1234567", "44051401359", "12345678Z", "X1234567L", "131052-308T",
        "010594Y9032", "811218-9876", "198112189876", "070761-4285", "0707614285", "abc", "x9", "-", "--", " ", " ", " ", ": ",
        ", ", "é", "٣٤"};
    String[] fields = {"notes", "passport_no", "driver_license", "pesel", "dni", "hetu", "personnummer", "cpr"};
    ValueAnalyzer analyzer = ValueAnalyzer.forDetectors(new ArrayList<>(detectors));
    Random random = new Random(20261203L);
    int reported = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder();
      for (int p = random.nextInt(8); p >= 0; p--) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = b.toString();
      String field = fields[random.nextInt(fields.length)];
      for (ContextualIdDetector d : detectors) {
        List<String> visited = new ArrayList<>();
        List<String> everyRun = new ArrayList<>();
        ValueAnalysis a = analyzer.analyze(DetectorHarness.value(field, text));
        d.detect(a, (t, x, y, c, e) -> visited.add(x + "-" + y + " " + c + " " + e));
        a = analyzer.analyze(DetectorHarness.value(field, text));
        boolean says = d.fieldSays(a);
        // Every maximal run of tokens joined by single hyphens, in text order, with a digit in it.
        for (int t = 0, n = a.tokenCount(); t < n; ) {
          int start = a.tokenStart(t);
          int end = a.tokenEnd(t);
          int flags = a.tokenFlags(t);
          for (t++; t < n && end < text.length() && text.charAt(end) == '-' && a.tokenStart(t) == end + 1; t++) {
            end = a.tokenEnd(t);
            flags |= a.tokenFlags(t);
          }
          if ((flags & ValueAnalysis.HAS_DIGIT) != 0) {
            d.candidate(a, says, start, end, (ty, x, y, c, e) -> everyRun.add(x + "-" + y + " " + c + " " + e));
          }
        }
        assertEquals(everyRun, visited, d.id() + " in '" + text + "' (" + field + ")");
        reported += visited.size();
      }
    }
    assertTrue(reported > 1_000, "the random values hold identifiers with context: " + reported);
  }
}
