package io.datasieve.detectors;

import static io.datasieve.detectors.Words.isDigit;

import io.datasieve.spi.ValueAnalysis;
import io.datasieve.spi.FieldTrait;
import io.datasieve.spi.PhraseSet;
import io.datasieve.spi.AnalysisNeeds;
import io.datasieve.spi.AnalyzingDetector;
import io.datasieve.InfoType;
import io.datasieve.Severity;
import io.datasieve.spi.MatchSink;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Dates of birth. Finds dates in the common written forms, checks them strictly against the ISO
 * calendar (days per month, leap years), and calls them birth dates only with context: a
 * birth-like field name ({@code dob}, {@code birth_date}, {@code birthday}, {@code
 * date_of_birth}...) or nearby words ("born", "DOB", "date of birth", "birthday"), and a plausible age (not in the future, at most 120 years ago). Other
 * dates are reported as {@code DATE} under the default minimum confidence, for users who want
 * them.
 *
 * <p>Forms: {@code 1987-03-04} (also with {@code /} or {@code .}), {@code 03/04/1987} and {@code
 * 3-4-87} (month first, as in the US, unless the first number is over 12), {@code 04.03.1987}
 * (dots: day first, as in Europe), {@code 19870304} (only in a birth-like field), {@code March 4,
 * 1987}, {@code Mar 4 1987}, {@code 4 March 1987}, {@code 4th Mar. 1987}. A two-digit year is
 * the most recent one not in the future ({@code 87} is 1987, {@code 05} is 2005).
 *
 * <p>Speed: candidates start at tokens of the shared analysis only; the forms are read and checked
 * char by char with int arithmetic, nothing is allocated per token, and today's date is fetched
 * only when a date was found. The field name is asked only for a bare 8-digit number or a
 * plausible date, and the nearby words only for a plausible date outside a birth field.
 */
public final class DateOfBirthDetector extends AnalyzingDetector {
  /** The detector's id. */
  static final String ID = "date-of-birth";

  /** A date of birth. */
  public static final InfoType DATE_OF_BIRTH = new InfoType("DATE_OF_BIRTH", "PII", "PII/Date of Birth", Severity.HIGH);
  /** Any other date. */
  public static final InfoType DATE = new InfoType("DATE", "PII", "PII/Date", Severity.LOW);

  private static final String[] MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"
  };
  /** Months by the first letter of their name: most words are dismissed by one array look-up. */
  private static final int[][] BY_FIRST_LETTER = new int[128][];

  static {
    for (int m = 0; m < 12; m++) {
      char c = MONTHS[m].charAt(0);
      int[] old = BY_FIRST_LETTER[c];
      int[] grown = old == null ? new int[1] : java.util.Arrays.copyOf(old, old.length + 1);
      grown[grown.length - 1] = m;
      BY_FIRST_LETTER[c] = grown;
    }
  }

  private static final FieldTrait BIRTH_FIELD = PiiWords.fieldWords(ID, "fieldWords", "holds birth dates");
  private static final PhraseSet NEARBY = PiiWords.phrases(ID, "context", "birth context");
  private static final PhraseGate NEARBY_GATE = PhraseGate.of(NEARBY);

  // The written forms, in the order of FORMS.
  private static final int YYYYMMDD = 0;
  private static final int ISO = 1;
  private static final int DAY_MONTH_YEAR = 2;
  private static final int MONTH_DAY_YEAR = 3;
  private static final int DAY_MONTH_NAME = 4;
  private static final int MONTH_NAME_DAY = 5;
  private static final String[] FORMS = {
    "YYYYMMDD date", "ISO date", "day-month-year date", "month/day/year date", "day month-name year date",
    "month-name day year date"
  };
  /** Per form: the explanations, built once (a match is reported per date). */
  private static final String[] BIRTH_BY_FIELD = explanations("; birth field name; plausible age");
  private static final String[] BIRTH_BY_WORDS = explanations("; birth context words; plausible age");
  private static final String[] NO_CONTEXT = explanations("; no birth context");
  private static final String[] IMPLAUSIBLE = explanations("; not a plausible birth date");

  private static String[] explanations(String suffix) {
    String[] e = new String[FORMS.length];
    for (int f = 0; f < e.length; f++) {
      e[f] = FORMS[f] + suffix;
    }
    return e;
  }

  private final Clock clock;
  /** Today by the clock, reused until the clock leaves that day. */
  private volatile Today today;

  /** A detector that judges ages against today's date. */
  public DateOfBirthDetector() {
    this(Clock.systemUTC());
  }

  /** A detector that judges ages against the clock's date (for reproducible tests). */
  public DateOfBirthDetector(Clock clock) {
    this.clock = clock;
  }

  private static final AnalysisNeeds NEEDS = AnalysisNeeds.builder().phrases(NEARBY).traits(BIRTH_FIELD)
      .onlyWhenAnyToken(ValueAnalysis.HAS_DIGIT).build();

  @Override
  public AnalysisNeeds needs() {
    return NEEDS;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<InfoType> infoTypes() {
    return List.of(DATE_OF_BIRTH, DATE);
  }

  /**
   * The date by the clock and the range of the clock's millis it holds for, with the bounds of a
   * plausible birth date as {@link #packed} ints. Immutable: threads share the latest one, and a
   * race only computes the same day twice.
   */
  private record Today(long fromMillis, long untilMillis, int year, int latest, int earliest) {
    static Today at(Clock clock, long millis) {
      ZoneId zone = clock.getZone();
      LocalDate date = LocalDate.ofInstant(Instant.ofEpochMilli(millis), zone);
      LocalDate oldest = date.minusYears(120);
      return new Today(date.atStartOfDay(zone).toInstant().toEpochMilli(),
          date.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli(), date.getYear(),
          packed(date.getYear(), date.getMonthValue(), date.getDayOfMonth()),
          packed(oldest.getYear(), oldest.getMonthValue(), oldest.getDayOfMonth()));
    }
  }

  /** What {@code LocalDate.now(clock)} says, without building a date per value. */
  private Today today() {
    long millis = clock.millis();
    Today t = today;
    if (t == null || millis < t.fromMillis() || millis >= t.untilMillis()) {
      t = Today.at(clock, millis);
      today = t;
    }
    return t;
  }

  /*
   * A date form found at a token is returned as one long, so that the per-token path allocates
   * nothing: the end offset in the high 32 bits, then year (14 bits), month and day (7 bits each,
   * as written: not yet checked), whether the year was written with two digits, and the form.
   * NONE when no form matches.
   */
  private static final long NONE = -1;

  private static long found(int end, int form, int year, int month, int day, boolean twoDigitYear) {
    return (long) end << 32 | (long) year << 18 | month << 11 | day << 4 | (twoDigitYear ? 8 : 0) | form;
  }

  private static int end(long f) {
    return (int) (f >>> 32);
  }

  private static int form(long f) {
    return (int) f & 7;
  }

  @Override
  public void detect(ValueAnalysis value, MatchSink sink) {
    if (value.nextDigit(0) < 0) {
      return; // every date form has a digit
    }
    String s = value.text();
    Today today = null;
    int field = UNKNOWN;
    int next = 0; // past the last date found
    for (int t = 0, tokens = value.tokenCount(); t < tokens; t++) {
      // Dates start at a word: a token's first char, a digit or a month name's first letter.
      int i = value.tokenStart(t);
      if (i < next) {
        continue;
      }
      char c = s.charAt(i);
      long f;
      if (isDigit(c)) {
        int digitsEnd = (value.tokenFlags(t) & ValueAnalysis.DIGITS) != 0 ? value.tokenEnd(t) : digitsEnd(s, i);
        if (digitsEnd - i == 8) {
          if (!standsAlone(s, digitsEnd)) {
            continue;
          }
          if (field == UNKNOWN) {
            field = value.has(BIRTH_FIELD) ? YES : NO;
          }
          if (field == NO) {
            continue; // a bare 8-digit number is a date only in a birth field
          }
          f = found(digitsEnd, YYYYMMDD, num(s, i, i + 4), num(s, i + 4, i + 6), num(s, i + 6, i + 8), false);
        } else {
          f = numeric(s, i, digitsEnd);
          if (f == NONE) {
            f = dayMonthName(s, i, digitsEnd);
          }
        }
      } else if (t + 2 < tokens && (value.tokenFlags(t + 1) & value.tokenFlags(t + 2) & ValueAnalysis.HAS_DIGIT) != 0
          && Character.isLetter(c)) {
        // "March 3, 1990": the month's token, then the day's and the year's, both with digits;
        // most words of prose are not followed by two such tokens and are passed unread.
        int month = monthAt(s, i);
        f = month < 0 ? NONE : monthNameDay(s, i, month);
      } else {
        continue;
      }
      if (f == NONE) {
        continue;
      }
      int year = (int) (f >>> 18) & 0x3FFF;
      int month = (int) (f >>> 11) & 0x7F;
      int day = (int) (f >>> 4) & 0x7F;
      boolean twoDigitYear = (f & 8) != 0;
      if (!twoDigitYear && !isValid(year, month, day)) {
        continue;
      }
      if (today == null) {
        today = today();
      }
      if (twoDigitYear) {
        year = century(year, today.year());
        if (!isValid(year, month, day)) {
          continue;
        }
      }
      int end = end(f);
      int form = form(f);
      int date = packed(year, month, day);
      boolean plausible = date <= today.latest() && date >= today.earliest();
      if (plausible && field == UNKNOWN) {
        field = value.has(BIRTH_FIELD) ? YES : NO;
      }
      if (!plausible) {
        sink.match(DATE, i, end, 0.4, IMPLAUSIBLE[form]);
      } else if (field == YES) {
        sink.match(DATE_OF_BIRTH, i, end, 0.95, BIRTH_BY_FIELD[form]);
      } else if (NEARBY_GATE.mayBeNear(value, i, end, ContextWindow.CLAUSE, ContextWindow.TAG)
          && value.near(NEARBY, i, end, ContextWindow.CLAUSE, ContextWindow.TAG)) {
        sink.match(DATE_OF_BIRTH, i, end, 0.9, BIRTH_BY_WORDS[form]);
      } else {
        sink.match(DATE, i, end, 0.4, NO_CONTEXT[form]);
      }
      next = end;
    }
  }

  private static final int UNKNOWN = 0;
  private static final int NO = 1;
  private static final int YES = 2;

  /**
   * Separated numeric forms starting at {@code i}, whose first digits end at {@code aEnd}: {@code
   * 1987-03-04}, {@code 03/04/1987}, {@code 04.03.87}.
   */
  private static long numeric(String s, int i, int aEnd) {
    int n = s.length();
    int la = aEnd - i;
    if (aEnd >= n || la > 4) {
      return NONE;
    }
    char sep = s.charAt(aEnd);
    if (sep != '-' && sep != '/' && sep != '.') {
      return NONE;
    }
    int b = aEnd + 1;
    int bEnd = digitsEnd(s, b);
    if (bEnd - b < 1 || bEnd - b > 2 || bEnd >= n || s.charAt(bEnd) != sep) {
      return NONE;
    }
    int c = bEnd + 1;
    int cEnd = digitsEnd(s, c);
    int lc = cEnd - c;
    boolean isoTime = la == 4 && cEnd + 1 < n && s.charAt(cEnd) == 'T' && isDigit(s.charAt(cEnd + 1));
    if (!standsAlone(s, cEnd) && !isoTime) {
      return NONE;
    }
    int x = num(s, i, aEnd);
    int y = num(s, b, bEnd);
    if (la == 4 && lc >= 1 && lc <= 2) {
      return found(cEnd, ISO, x, y, num(s, c, cEnd), false);
    }
    if (la > 2 || lc != 4 && lc != 2) {
      return NONE;
    }
    int year = num(s, c, cEnd);
    boolean dayFirst = sep == '.' || x > 12;
    return dayFirst ? found(cEnd, DAY_MONTH_YEAR, year, y, x, lc == 2) : found(cEnd, MONTH_DAY_YEAR, year, x, y, lc == 2);
  }

  /** {@code 4 March 1987}, {@code 4th Mar. 1987}, {@code 4th of March 1987}. */
  private static long dayMonthName(String s, int i, int dEnd) {
    if (dEnd - i > 2) {
      return NONE;
    }
    int day = num(s, i, dEnd);
    int j = skipOrdinal(s, dEnd);
    if (j < s.length() && s.charAt(j) == ' ') {
      j++;
    } else {
      return NONE;
    }
    if (s.startsWith("of ", j)) {
      j += 3;
    }
    int month = monthAt(s, j);
    if (month < 0) {
      return NONE;
    }
    return year(s, monthEnd(s, j), month, day, DAY_MONTH_NAME);
  }

  /** {@code March 4, 1987}, {@code Mar 4 1987}: the month's name starts at {@code i}. */
  private static long monthNameDay(String s, int i, int month) {
    int j = monthEnd(s, i);
    if (j >= s.length() || s.charAt(j) != ' ') {
      return NONE;
    }
    j++;
    int dEnd = digitsEnd(s, j);
    if (dEnd - j < 1 || dEnd - j > 2) {
      return NONE;
    }
    int day = num(s, j, dEnd);
    j = skipOrdinal(s, dEnd);
    if (j < s.length() && s.charAt(j) == ',') {
      j++;
    }
    return year(s, j, month, day, MONTH_NAME_DAY);
  }

  private static long year(String s, int j, int month, int day, int form) {
    if (j >= s.length() || s.charAt(j) != ' ') {
      return NONE;
    }
    j++;
    if (j < s.length() && s.charAt(j) == '\'') {
      j++;
    }
    int yEnd = digitsEnd(s, j);
    int ly = yEnd - j;
    if (ly != 4 && ly != 2 || !standsAlone(s, yEnd)) {
      return NONE;
    }
    return found(yEnd, form, num(s, j, yEnd), month + 1, day, ly == 2);
  }

  /**
   * Index of the month (0-11) whose full name, 3-letter abbreviation or "Sept" is the word at
   * {@code i} (any case, as {@link String#regionMatches(boolean, int, String, int, int)} compares),
   * or -1. Compares in place: it runs at the start of many words. ASCII words are compared char by
   * char; a word with other chars takes the general comparison.
   */
  static int monthAt(String s, int i) {
    int n = s.length();
    if (i >= n) {
      return -1;
    }
    char first = s.charAt(i);
    if (first >= 128) {
      return monthAtAnyChars(s, i);
    }
    int[] candidates = BY_FIRST_LETTER[first >= 'A' && first <= 'Z' ? first + 32 : first];
    if (candidates == null) {
      return -1; // also every char that is no letter
    }
    int end = i + 1;
    while (end < n) {
      char c = s.charAt(end);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
        end++;
      } else if (c >= 128) {
        return monthAtAnyChars(s, i);
      } else {
        break;
      }
    }
    int len = end - i;
    if (len < 3 || len > 9) {
      return -1;
    }
    for (int m : candidates) {
      String name = MONTHS[m];
      if (len == 3 || len == name.length() || m == 8 && len == 4) {
        int k = 1;
        while (k < len && (s.charAt(i + k) | 0x20) == name.charAt(k)) {
          k++;
        }
        if (k == len) {
          return m;
        }
      }
    }
    return -1;
  }

  /** {@link #monthAt} for a word with a char outside ASCII. */
  private static int monthAtAnyChars(String s, int i) {
    int end = i;
    while (end < s.length() && Character.isLetter(s.charAt(end))) {
      end++;
    }
    int len = end - i;
    if (len < 3 || len > 9) {
      return -1;
    }
    int[] candidates = BY_FIRST_LETTER[Character.toLowerCase(s.charAt(i)) & 0x7F];
    if (candidates == null) {
      return -1;
    }
    for (int m : candidates) {
      String name = MONTHS[m];
      if ((len == 3 || len == name.length() || m == 8 && len == 4) && s.regionMatches(true, i, name, 0, len)) {
        return m;
      }
    }
    return -1;
  }

  private static int monthEnd(String s, int i) {
    int j = i;
    while (j < s.length() && Character.isLetter(s.charAt(j))) {
      j++;
    }
    if (j < s.length() && s.charAt(j) == '.') {
      j++;
    }
    return j;
  }

  /**
   * Past an ordinal suffix ({@code st}, {@code nd}, {@code rd}, {@code th}, any case) at {@code j}
   * that ends its word, else {@code j}. No char outside ASCII lower-cases to one of these letters,
   * so ASCII comparisons decide.
   */
  private static int skipOrdinal(String s, int j) {
    if (j + 2 <= s.length()) {
      char a = lower(s.charAt(j));
      char b = lower(s.charAt(j + 1));
      if ((a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h')
          && (j + 2 == s.length() || !Character.isLetter(s.charAt(j + 2)))) {
        return j + 2;
      }
    }
    return j;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  /** The most recent year ending in these two digits that is not in the future. */
  static int century(int yy, LocalDate today) {
    return century(yy, today.getYear());
  }

  private static int century(int yy, int thisYear) {
    int y = thisYear / 100 * 100 + yy;
    return y > thisYear ? y - 100 : y;
  }

  /** Whether the ISO calendar has this day, as {@link LocalDate#of(int, int, int)} decides for these years. */
  static boolean isValid(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    if (day <= 28) {
      return true;
    }
    return switch (month) {
      case 2 -> day == 29 && isLeap(year);
      case 4, 6, 9, 11 -> day <= 30;
      default -> day <= 31;
    };
  }

  private static boolean isLeap(int year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  /** A date as one int that orders as the dates do. */
  private static int packed(int year, int month, int day) {
    return year * 10000 + month * 100 + day;
  }

  /** Not joined to what follows: a letter or digit, or a number after {@code . - / :} ("2024-01-15.3", "1990:12"). */
  private static boolean standsAlone(String s, int end) {
    return !AFTER.joinedAfter(s, end);
  }

  private static final Words.Boundary AFTER = new Words.Boundary("", "", ".-/:");

  private static int digitsEnd(String s, int i) {
    int j = i;
    while (j < s.length() && isDigit(s.charAt(j))) {
      j++;
    }
    return j;
  }

  private static int num(String s, int from, int to) {
    return Words.digitsValue(s, from, to);
  }


}
