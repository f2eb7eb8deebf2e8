package io.datasieve.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class UsSsnDetectorTest {
  private final UsSsnDetector detector = new UsSsnDetector();
  private static final double DEFAULT_MIN = 0.5;

  /** Value, field name, expected matched text (empty: nothing reported at the default minimum). */
  @ParameterizedTest(name = "[{index}] {1}: \"{0}\" -> \"{2}\"")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # positives: separated forms stand on their own
      536-22-8175                                  | notes          | 536-22-8175
      536 22 8175                                  | notes          | 536 22 8175
      My SSN is 536-22-8175.                       | comment        | 536-22-8175
      SSN:536-22-8175                              | comment        | 536-22-8175
      SSN#536-22-8175                              | comment        | 536-22-8175
      (536-22-8175)                                | notes          | 536-22-8175
      "ssn": "536-22-8175"                         | payload        | 536-22-8175
      # bare nine digits need context
      536228175                                    | ssn            | 536228175
      536228175                                    | customer_ssn   | 536228175
      536228175                                    | socialSecurityNumber | 536228175
      536228175                                    | $.user.ssn     | 536228175
      social security number 536228175             | comment        | 536228175
      SSN 536228175 on file                        | comment        | 536228175
      # negatives
      536228175                                    | order_id       | ``
      order 536228175 shipped                      | comment        | ``
      000-12-3456                                  | ssn            | ``
      666-12-3456                                  | ssn            | ``
      900-12-3456                                  | ssn            | ``
      999-12-3456                                  | ssn            | ``
      536-00-8175                                  | ssn            | ``
      536-22-0000                                  | ssn            | ``
      078-05-1120                                  | ssn            | ``
      123-45-6789                                  | ssn            | ``
      219-09-9999                                  | ssn            | ``
      111-11-1111                                  | ssn            | ``
      536-22-81750                                 | ssn            | ``
      1536-22-8175                                 | ssn            | ``
      5362281750                                   | ssn            | ``
      12536228175                                  | ssn            | ``
      ORD-536-22-8175                              | notes          | ``
      536-22-8175-01                               | notes          | ``
      536-22 8175                                  | notes          | ``
      536_22_8175                                  | notes          | ``
      A536228175                                   | ssn            | ``
      536228175.50                                 | ssn            | ``
      $536228175                                   | ssn            | ``
      v1.536228175                                 | ssn            | ``
      call 555-123-4567                            | notes          | ``
      2024-01-15                                   | notes          | ``
      12:536228175                                 | ssn            | ``
      # context belongs to the nearest candidate (regression: order number after an SSN)
      My SSN: 478625255 and my order is 483100817 | message | 478625255
      # substring context must not count: "assn" is not "ssn", "classname" is not a field about ssn
      assn 536228175                               | comment        | ``
      536228175                                    | classname      | ``
      """)
  void table(String value, String field, String expected) {
    List<DetectorHarness.Hit> hits = DetectorHarness.run(detector, field, value).stream()
        .filter(h -> h.confidence() >= DEFAULT_MIN).toList();
    if (expected == null || expected.isEmpty()) {
      assertEquals(List.of(), hits, "no match expected in '" + value + "'");
    } else {
      assertEquals(1, hits.size(), "one match expected in '" + value + "': " + hits);
      assertEquals(expected, hits.get(0).text());
      assertEquals(UsSsnDetector.US_SSN, hits.get(0).type());
    }
  }

  @Test
  void contextRaisesConfidence() {
    double plain = DetectorHarness.run(detector, "notes", "536-22-8175").get(0).confidence();
    double named = DetectorHarness.run(detector, "ssn", "536-22-8175").get(0).confidence();
    double worded = DetectorHarness.run(detector, "notes", "SSN 536-22-8175").get(0).confidence();
    assertTrue(named > plain && worded > plain, plain + " " + named + " " + worded);
    double bare = DetectorHarness.run(detector, "notes", "536228175").get(0).confidence();
    assertTrue(bare < DEFAULT_MIN, "bare nine digits without context stay below the default minimum");
  }

  @Test
  void severalMatchesInOneValueHaveExactOffsets() {
    String text = "a 536-22-8175, b 536 22 8176 and SSN 536228177";
    List<DetectorHarness.Hit> hits = DetectorHarness.run(detector, "notes", text);
    assertEquals(3, hits.size(), hits.toString());
    assertEquals(2, hits.get(0).start());
    assertEquals(13, hits.get(0).end());
    assertEquals("536 22 8176", hits.get(1).text());
    assertEquals("536228177", hits.get(2).text());
  }

  /** Property: on random text, every match is in bounds and is a valid SSN shape. */
  @Test
  void randomTextNeverBreaksTheContract() {
    Random random = new Random(42);
    String alphabet = "0123456789-- abcSN:#.$\n";
    for (int round = 0; round < 5_000; round++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(60);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      for (DetectorHarness.Hit h : DetectorHarness.run(detector, "ssn", sb.toString())) {
        String digits = h.text().replaceAll("[- ]", "");
        assertEquals(9, digits.length(), h.text());
        assertTrue(digits.chars().allMatch(Character::isDigit), h.text());
      }
    }
  }
}
