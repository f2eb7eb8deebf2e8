package io.datasieve.detectors;

import io.datasieve.spi.ValueAnalysis;
import io.datasieve.spi.FieldTrait;
import io.datasieve.spi.PhraseSet;
import io.datasieve.spi.AnalysisNeeds;
import io.datasieve.spi.AnalyzingDetector;
import io.datasieve.InfoType;
import io.datasieve.Severity;
import io.datasieve.spi.FieldPath;
import io.datasieve.spi.FieldValue;
import io.datasieve.spi.MatchSink;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The DateOfBirthDetector as it was before its char-level rewrite, kept unchanged as the oracle of
 * {@code DateOfBirthEquivalenceTest}: the rewrite must report exactly what this reports.
 */
final class LegacyDateOfBirthDetector extends AnalyzingDetector {
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

  private static final FieldTrait BIRTH_FIELD = FieldTrait.of("holds birth dates", LegacyDateOfBirthDetector::fieldSaysBirth);
  private static final PhraseSet NEARBY = PhraseSet.of("birth context",
      "born", "dob", "d o b", "date of birth", "birth date", "birthdate", "birthday", "bday", "b day", "born on", "birth");

  private final Clock clock;

  /** A detector that judges ages against today's date. */
  public LegacyDateOfBirthDetector() {
    this(Clock.systemUTC());
  }

  /** A detector that judges ages against the clock's date (for reproducible tests). */
  public LegacyDateOfBirthDetector(Clock clock) {
    this.clock = clock;
  }

  private static final AnalysisNeeds NEEDS = AnalysisNeeds.builder().phrases(NEARBY).traits(BIRTH_FIELD).build();

  @Override
  public AnalysisNeeds needs() {
    return NEEDS;
  }

  @Override
  public String id() {
    return "date-of-birth";
  }

  @Override
  public List<InfoType> infoTypes() {
    return List.of(DATE_OF_BIRTH, DATE);
  }

  /** A parsed date and where it ends. */
  private record Found(LocalDate date, int end, String form) {}

  @Override
  public void detect(ValueAnalysis value, MatchSink sink) {
    if (value.nextDigit(0) < 0) {
      return; // every date form has a digit
    }
    String s = value.text();
    LocalDate today = null;
    Boolean field = null;
    int next = 0; // past the last date found
    for (int t = 0, tokens = value.tokenCount(); t < tokens; t++) {
      // Dates start at a word: a token's first char, a digit or a month name's first letter.
      int i = value.tokenStart(t);
      if (i < next) {
        continue;
      }
      char c = s.charAt(i);
      Found f = null;
      if (isDigit(c)) {
        if (field == null) {
          field = value.has(BIRTH_FIELD);
        }
        if (today == null) {
          today = LocalDate.now(clock);
        }
        f = numeric(s, i, today, field);
        if (f == null) {
          f = dayMonthName(s, i, today);
        }
      } else if (Character.isLetter(c) && monthAt(s, i) >= 0) {
        if (today == null) {
          today = LocalDate.now(clock);
        }
        f = monthNameDay(s, i, today);
      }
      if (f == null) {
        continue;
      }
      if (field == null) {
        field = value.has(BIRTH_FIELD);
      }
      boolean words = value.near(NEARBY, i, f.end(), ContextWindow.CLAUSE, ContextWindow.TAG);
      boolean plausible = !f.date().isAfter(today) && !f.date().isBefore(today.minusYears(120));
      if ((field || words) && plausible) {
        sink.match(DATE_OF_BIRTH, i, f.end(), field ? 0.95 : 0.9,
            f.form() + (field ? "; birth field name" : "; birth context words") + "; plausible age");
      } else {
        sink.match(DATE, i, f.end(), 0.4, f.form() + (plausible ? "; no birth context" : "; not a plausible birth date"));
      }
      next = f.end();
    }
  }

  /** Numeric forms starting at {@code i}. */
  private static Found numeric(String s, int i, LocalDate today, boolean birthField) {
    int n = s.length();
    int a = i;
    int aEnd = digitsEnd(s, a);
    int la = aEnd - a;
    if (la == 8 && birthField && standsAlone(s, aEnd)) {
      LocalDate d = date(num(s, a, a + 4), num(s, a + 4, a + 6), num(s, a + 6, a + 8));
      return d == null ? null : new Found(d, aEnd, "YYYYMMDD date");
    }
    if (aEnd >= n || !(la >= 1 && la <= 4)) {
      return null;
    }
    char sep = s.charAt(aEnd);
    if (sep != '-' && sep != '/' && sep != '.') {
      return null;
    }
    int b = aEnd + 1;
    int bEnd = digitsEnd(s, b);
    if (bEnd - b < 1 || bEnd - b > 2 || bEnd >= n || s.charAt(bEnd) != sep) {
      return null;
    }
    int c = bEnd + 1;
    int cEnd = digitsEnd(s, c);
    int lc = cEnd - c;
    boolean isoTime = la == 4 && cEnd + 1 < n && s.charAt(cEnd) == 'T' && isDigit(s.charAt(cEnd + 1));
    if (!standsAlone(s, cEnd) && !isoTime) {
      return null;
    }
    int x = num(s, a, aEnd);
    int y = num(s, b, bEnd);
    if (la == 4 && lc >= 1 && lc <= 2) {
      LocalDate d = date(x, y, num(s, c, cEnd));
      return d == null ? null : new Found(d, cEnd, "ISO date");
    }
    if (la > 2 || lc != 4 && lc != 2) {
      return null;
    }
    int year = lc == 4 ? num(s, c, cEnd) : century(num(s, c, cEnd), today);
    boolean dayFirst = sep == '.' || x > 12;
    LocalDate d = dayFirst ? date(year, y, x) : date(year, x, y);
    return d == null ? null : new Found(d, cEnd, dayFirst ? "day-month-year date" : "month/day/year date");
  }

  /** {@code 4 March 1987}, {@code 4th Mar. 1987}. */
  private static Found dayMonthName(String s, int i, LocalDate today) {
    int dEnd = digitsEnd(s, i);
    if (dEnd - i > 2) {
      return null;
    }
    int day = num(s, i, dEnd);
    int j = skipOrdinal(s, dEnd);
    if (j < s.length() && s.charAt(j) == ' ') {
      j++;
    } else {
      return null;
    }
    if (s.startsWith("of ", j)) {
      j += 3;
    }
    int month = monthAt(s, j);
    if (month < 0) {
      return null;
    }
    j = monthEnd(s, j);
    return year(s, j, month, day, today, "day month-name year date");
  }

  /** {@code March 4, 1987}, {@code Mar 4 1987}. */
  private static Found monthNameDay(String s, int i, LocalDate today) {
    int month = monthAt(s, i);
    int j = monthEnd(s, i);
    if (j >= s.length() || s.charAt(j) != ' ') {
      return null;
    }
    j++;
    int dEnd = digitsEnd(s, j);
    if (dEnd - j < 1 || dEnd - j > 2) {
      return null;
    }
    int day = num(s, j, dEnd);
    j = skipOrdinal(s, dEnd);
    if (j < s.length() && s.charAt(j) == ',') {
      j++;
    }
    return year(s, j, month, day, today, "month-name day year date");
  }

  private static Found year(String s, int j, int month, int day, LocalDate today, String form) {
    if (j >= s.length() || s.charAt(j) != ' ') {
      return null;
    }
    j++;
    if (j < s.length() && s.charAt(j) == '\'') {
      j++;
    }
    int yEnd = digitsEnd(s, j);
    int ly = yEnd - j;
    if (ly != 4 && ly != 2 || !standsAlone(s, yEnd)) {
      return null;
    }
    int year = ly == 4 ? num(s, j, yEnd) : century(num(s, j, yEnd), today);
    LocalDate d = date(year, month + 1, day);
    return d == null ? null : new Found(d, yEnd, form);
  }

  /**
   * Index of the month (0-11) whose full name, 3-letter abbreviation or "Sept" is the word at
   * {@code i} (any case), or -1. Compares in place: it runs at the start of many words.
   */
  static int monthAt(String s, int i) {
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

  private static int skipOrdinal(String s, int j) {
    if (j + 2 <= s.length()) {
      String t = s.substring(j, j + 2).toLowerCase(Locale.ROOT);
      if ((t.equals("st") || t.equals("nd") || t.equals("rd") || t.equals("th"))
          && (j + 2 == s.length() || !Character.isLetter(s.charAt(j + 2)))) {
        return j + 2;
      }
    }
    return j;
  }

  /** The most recent year ending in these two digits that is not in the future. */
  static int century(int yy, LocalDate today) {
    int y = today.getYear() / 100 * 100 + yy;
    return y > today.getYear() ? y - 100 : y;
  }

  private static LocalDate date(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean standsAlone(String s, int end) {
    if (end >= s.length()) {
      return true;
    }
    char q = s.charAt(end);
    return !Character.isLetterOrDigit(q) && !((q == '.' || q == '-' || q == '/' || q == ':')
        && end + 1 < s.length() && isDigit(s.charAt(end + 1)));
  }

  private static int digitsEnd(String s, int i) {
    int j = i;
    while (j < s.length() && isDigit(s.charAt(j))) {
      j++;
    }
    return j;
  }

  private static int num(String s, int from, int to) {
    int v = 0;
    for (int k = from; k < to; k++) {
      v = v * 10 + (s.charAt(k) - '0');
    }
    return v;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean fieldSaysBirth(FieldPath field) {
    return field.hasWord("dob") || field.hasWord("birthday") || field.hasWord("birthdate") || field.hasWord("birth")
        || field.hasWord("born") || field.hasWord("bday");
  }
}
