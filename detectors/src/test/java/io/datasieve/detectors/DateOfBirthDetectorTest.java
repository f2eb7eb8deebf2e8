package io.datasieve.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateOfBirthDetectorTest {
  private final DateOfBirthDetector detector =
      new DateOfBirthDetector(Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC));

  @ParameterizedTest(name = "[{index}] {1}: \"{0}\" -> \"{2}\"")
  @CsvSource(delimiter = '~', quoteCharacter = '`', textBlock = """
      # positives: a birth-like field or birth words, and a plausible age
      1987-03-04                               ~ dob             ~ 1987-03-04
      03/04/1987                               ~ date_of_birth   ~ 03/04/1987
      4.3.1987                                 ~ birthDate       ~ 4.3.1987
      19870304                                 ~ dob             ~ 19870304
      3/4/87                                   ~ birthday        ~ 3/4/87
      I was born on March 4, 1987 in Ohio      ~ notes           ~ March 4, 1987
      DOB: 4 Mar 1987                          ~ notes           ~ 4 Mar 1987
      date of birth 4th of March 1987          ~ notes           ~ 4th of March 1987
      birthday Sept 12 1990                    ~ notes           ~ Sept 12 1990
      born 31/12/1999                          ~ notes           ~ 31/12/1999
      # negatives: no birth context (a DATE under the default minimum), impossible or implausible
      1987-03-04                               ~ created_at      ~ ``
      the meeting on March 4, 2024             ~ notes           ~ ``
      1987-02-30                               ~ dob             ~ ``
      13/13/1987                               ~ dob             ~ ``
      2030-01-01                               ~ dob             ~ ``
      1850-01-01                               ~ dob             ~ ``
      19870304                                 ~ order_id        ~ ``
      version 1.2.2020                         ~ notes           ~ ``
      may 4 dogs were born                     ~ notes           ~ ``
      1987-03-04T10:00                         ~ dob             ~ 1987-03-04
      """)
  void table(String value, String field, String expected) {
    TableAssert.reports(detector, field, value, expected);
  }

  @Test
  void plainDatesAreReportedAsDateUnderTheDefaultMinimum() {
    var hits = DetectorHarness.run(detector, "created_at", "2024-01-15");
    assertEquals(1, hits.size());
    assertEquals(DateOfBirthDetector.DATE, hits.get(0).type());
    assertEquals(0.4, hits.get(0).confidence());
  }

  @Test
  void twoDigitYearsAreTheMostRecentPast() {
    LocalDate today = LocalDate.of(2026, 11, 22);
    assertEquals(1987, DateOfBirthDetector.century(87, today));
    assertEquals(2005, DateOfBirthDetector.century(5, today));
    assertEquals(2026, DateOfBirthDetector.century(26, today));
    assertEquals(1927, DateOfBirthDetector.century(27, today));
  }
}
