package io.datasieve.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The char-level {@link DateOfBirthDetector} against its java.time predecessor ({@link
 * LegacyDateOfBirthDetector}) on generated values: dates of every form, valid and not (February
 * 29th in leap and common years, day 31 of short months, month 13, two-digit years around the
 * century), near misses (missing separators, glued letters and digits, ordinals, "of", apostrophe
 * years, mixed case, chars outside ASCII that case-fold to ASCII letters), context words and
 * birth-like and other field names, under clocks whose 120-years-ago day does not exist.
 */
class DateOfBirthEquivalenceTest {
  private static final String[] FIELDS = {"dob", "birth_date", "created_at", "notes", "signup_date", "order_id", ""};
  private static final String[] MONTH_WORDS = {
    "Jan", "jan", "JAN", "January", "Feb", "February", "feb.", "Mar", "March", "MARCH", "Apr", "April", "May", "may",
    "Jun", "June", "Jul", "July", "Aug", "August", "Sep", "Sept", "SEPT", "September", "Oct", "October", "Nov",
    "November", "Dec", "December", "Ma", "Marc", "Janu", "Septem", "Octobers", "Mayday", "Decembe", "ſept", "Auguſt",
    "AprİL", "İan", "Junı", "Mär", "Déc", "Juli", "Febr", "Sepx", "Mar3", "3Mar"
  };
  private static final String[] WORDS = {
    "born", "on", "DOB", "dob:", "d o b", "date of birth", "birthday", "bday", "b day", "birth", "the", "meeting",
    "version", "order", "Ticket", "#", "at", "in", "Ohio", "was", "I", "my", "and", "of", "th", "st", "(DOB)", "T",
    "Z", "born:", "signed up", "é", "日本", "Ⅻ", "٣", "𝟙"
  };
  private static final String SEPARATORS = "-/.:T ,'";

  private static String twoDigits(Random r) {
    int v = r.nextInt(10) == 0 ? r.nextInt(100) : r.nextInt(40);
    return r.nextBoolean() ? String.format(Locale.ROOT, "%02d", v) : Integer.toString(v);
  }

  private static String year(Random r) {
    return switch (r.nextInt(8)) {
      case 0 -> String.format(Locale.ROOT, "%02d", r.nextInt(100));
      case 1 -> Integer.toString(1800 + r.nextInt(300));
      case 2 -> r.nextBoolean() ? "1900" : r.nextBoolean() ? "2000" : "2100";
      case 3 -> String.format(Locale.ROOT, "%04d", r.nextInt(10000));
      case 4 -> Integer.toString(r.nextInt(1000));
      default -> Integer.toString(1900 + r.nextInt(140));
    };
  }

  private static String date(Random r) {
    char sep = "-/.-/."
        .charAt(r.nextInt(6));
    char other = r.nextInt(6) == 0 ? SEPARATORS.charAt(r.nextInt(SEPARATORS.length())) : sep;
    String ordinal = switch (r.nextInt(8)) {
      case 0 -> "th";
      case 1 -> "st";
      case 2 -> "ND";
      case 3 -> "rd";
      case 4 -> "Th";
      default -> "";
    };
    String month = MONTH_WORDS[r.nextInt(MONTH_WORDS.length)];
    return switch (r.nextInt(10)) {
      case 0 -> year(r) + sep + twoDigits(r) + other + twoDigits(r);
      case 1 -> twoDigits(r) + sep + twoDigits(r) + other + year(r);
      case 2 -> year(r) + twoDigits(r) + twoDigits(r);
      case 3 -> String.format(Locale.ROOT, "%04d%02d%02d", 1890 + r.nextInt(150), r.nextInt(14), r.nextInt(33));
      case 4 -> month + " " + twoDigits(r) + ordinal + (r.nextBoolean() ? "," : "") + " " + (r.nextInt(5) == 0 ? "'" : "") + year(r);
      case 5 -> twoDigits(r) + ordinal + " " + (r.nextInt(3) == 0 ? "of " : "") + month + " " + (r.nextInt(5) == 0 ? "'" : "") + year(r);
      case 6 -> year(r) + "-" + twoDigits(r) + "-" + twoDigits(r) + "T" + twoDigits(r) + ":" + twoDigits(r) + ":" + twoDigits(r) + "Z";
      case 7 -> String.format(Locale.ROOT, "%d-02-29", 1896 + r.nextInt(210));
      case 8 -> String.format(Locale.ROOT, "%02d/31/%d", 1 + r.nextInt(13), 1900 + r.nextInt(130));
      default -> Integer.toString(r.nextInt(1_000_000_000));
    };
  }

  private static String value(Random r) {
    StringBuilder b = new StringBuilder();
    int parts = 1 + r.nextInt(5);
    for (int p = 0; p < parts; p++) {
      if (b.length() > 0 || r.nextInt(4) == 0) {
        b.append(r.nextInt(5) == 0 ? SEPARATORS.charAt(r.nextInt(SEPARATORS.length())) : ' ');
      }
      b.append(r.nextInt(3) == 0 ? WORDS[r.nextInt(WORDS.length)] : date(r));
    }
    if (r.nextInt(6) == 0) {
      b.append(SEPARATORS.charAt(r.nextInt(SEPARATORS.length())));
      if (r.nextBoolean()) {
        b.append(r.nextInt(10));
      }
    }
    return b.toString();
  }

  @ParameterizedTest(name = "clock {0}")
  @ValueSource(strings = {"2026-11-22T00:00:00Z", "2020-02-29T12:00:00Z", "2100-03-01T00:00:00Z", "1999-12-31T23:59:59Z"})
  void sameMatchesAsTheJavaTimeVersion(String instant) {
    Clock clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    LegacyDateOfBirthDetector oracle = new LegacyDateOfBirthDetector(clock);
    DateOfBirthDetector detector = new DateOfBirthDetector(clock);
    Random r = new Random(20261202L ^ instant.hashCode());
    int matches = 0;
    for (int k = 0; k < 25_000; k++) {
      matches += OracleRun.assertSame(oracle, detector, FIELDS[r.nextInt(FIELDS.length)], value(r));
    }
    assertTrue(matches > 10_000, "the generator should produce many dates, produced " + matches);
  }

  /** A clock that the test moves: today's date must follow it across midnight in its zone. */
  private static final class MovingClock extends Clock {
    private final ZoneId zone;
    private Instant now;

    MovingClock(Instant start, ZoneId zone) {
      this.now = start;
      this.zone = zone;
    }

    @Override public ZoneId getZone() { return zone; }
    @Override public Clock withZone(ZoneId z) { return new MovingClock(now, z); }
    @Override public Instant instant() { return now; }
  }

  @Test
  void todayFollowsTheClockAcrossMidnightAndOffsetChanges() {
    // Around a day where a date 120 years ago does not exist, in a zone with daylight saving time.
    MovingClock clock = new MovingClock(Instant.parse("2020-02-28T22:59:58Z"), ZoneId.of("Europe/Berlin"));
    LegacyDateOfBirthDetector oracle = new LegacyDateOfBirthDetector(clock);
    DateOfBirthDetector detector = new DateOfBirthDetector(clock);
    String[] values = {"1900-02-28", "1900-03-01", "2020-02-29", "2020-03-01", "29/02/00", "1/3/20", "Feb 28 1900"};
    for (int step = 0; step < 200; step++) {
      for (String v : values) {
        OracleRun.assertSame(oracle, detector, "dob", v);
      }
      clock.now = clock.now.plus(Duration.ofMillis(step % 2 == 0 ? 1 : 499_999));
    }
    clock.now = Instant.parse("2020-03-29T00:59:59.999Z"); // Berlin moves to summer time at 01:00Z
    for (int step = 0; step < 4; step++) {
      for (String v : values) {
        OracleRun.assertSame(oracle, detector, "dob", v);
      }
      clock.now = clock.now.plus(Duration.ofMinutes(step == 0 ? 0 : 30)).plusMillis(1);
    }
    clock.now = Instant.parse("2019-06-01T00:00:00Z"); // back in time
    for (String v : values) {
      OracleRun.assertSame(oracle, detector, "dob", v);
    }
  }

  @Test
  void validDaysAreThoseOfLocalDate() {
    for (int year : new int[] {0, 4, 100, 400, 1600, 1900, 2000, 2020, 2021, 2100, 9999}) {
      for (int month = 0; month <= 14; month++) {
        for (int day = 0; day <= 33; day++) {
          boolean java;
          try {
            LocalDate.of(year, month, day);
            java = true;
          } catch (java.time.DateTimeException e) {
            java = false;
          }
          assertEquals(java, DateOfBirthDetector.isValid(year, month, day), year + "-" + month + "-" + day);
        }
      }
    }
  }

  @Test
  void onlyAsciiLettersLowerCaseToTheLettersOfOrdinals() {
    // skipOrdinal compares ASCII only: no other char lower-cases to s, t, n, d, r or h.
    for (int c = 128; c <= Character.MAX_VALUE; c++) {
      String lower = String.valueOf((char) c).toLowerCase(Locale.ROOT);
      String hex = Integer.toHexString(c);
      assertTrue(lower.length() != 1 || "stndrh".indexOf(lower.charAt(0)) < 0, () -> "char " + hex);
    }
  }
}
