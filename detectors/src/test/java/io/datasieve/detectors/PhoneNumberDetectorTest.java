package io.datasieve.detectors;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumberDetectorTest {
  private final PhoneNumberDetector detector = new PhoneNumberDetector();

  @ParameterizedTest(name = "[{index}] {1}: \"{0}\" -> \"{2}\"")
  @CsvSource(delimiter = '~', quoteCharacter = '`', textBlock = """
      # positives
      (415) 867-5309                                 ~ notes   ~ (415) 867-5309
      call me at 415-867-5309 tonight                ~ notes   ~ 415-867-5309
      415.867.5309                                   ~ notes   ~ 415.867.5309
      +1 415 867 5309                                ~ notes   ~ +1 415 867 5309
      +44 20 7946 0958                               ~ notes   ~ +44 20 7946 0958
      +49 30 901820                                  ~ notes   ~ +49 30 901820
      4158675309                                     ~ phone   ~ 4158675309
      mobile: 4158675309                             ~ notes   ~ 4158675309
      # negatives: bare numbers without context, epochs, ids, prices, versions, IPs, UUIDs, cards, dates
      4158675309                                     ~ notes   ~ ``
      1700000000                                     ~ created ~ ``
      order 4158675309 shipped                       ~ notes   ~ ``
      $4,158,675.30                                  ~ notes   ~ ``
      v4.158.675.309                                 ~ notes   ~ ``
      10.158.67.53                                   ~ notes   ~ ``
      550e8400-e29b-41d4-a716-446655440000           ~ notes   ~ ``
      4556 7375 8689 9855                            ~ notes   ~ ``
      2024-01-15                                     ~ notes   ~ ``
      01/15/2024                                     ~ notes   ~ ``
      555-123-4567                                   ~ notes   ~ ``
      (000) 000-0000                                 ~ notes   ~ ``
      ORD-415-867-5309                               ~ notes   ~ ``
      """)
  void table(String value, String field, String expected) {
    TableAssert.reports(detector, field, value, expected);
  }

  @Test
  void regionsAreConfigurableAndValidated() {
    PhoneNumberDetector uk = new PhoneNumberDetector(List.of("GB"));
    assertTrue(DetectorHarness.run(uk, "notes", "ring 020 7946 0958").stream().anyMatch(h -> h.confidence() >= 0.5));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new PhoneNumberDetector(List.of("XX")))
        .getMessage().contains("'XX'"));
  }

  /** The NANP shortcuts (no parse for US/CA shapes, "+1" and ten digits) never change an answer. */
  @Test
  void shortcutsAgreeWithLibphonenumbersParse() {
    java.util.Random random = new java.util.Random(11);
    PhoneNumberDetector usAndGb = new PhoneNumberDetector(List.of("US", "CA", "GB"));
    String[] shapes = {"(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "1-%s-%s-%s", "+1 %s-%s-%s", "+1%s%s%s",
        "1 (%s) %s-%s", "+1 (%s) %s %s", "%s%s%s", "0%s %s %s", "+44 %s %s %s"};
    for (int i = 0; i < 20_000; i++) {
      String area = String.format("%03d", random.nextInt(1000));
      String exchange = String.format("%03d", random.nextInt(1000));
      String line = String.format("%04d", random.nextInt(10_000));
      String candidate = String.format(shapes[random.nextInt(shapes.length)], area, exchange, line);
      for (PhoneNumberDetector d : List.of(detector, usAndGb)) {
        org.junit.jupiter.api.Assertions.assertEquals(d.validRegionByParse(candidate), d.validRegionOf(candidate), candidate);
      }
    }
  }
}
