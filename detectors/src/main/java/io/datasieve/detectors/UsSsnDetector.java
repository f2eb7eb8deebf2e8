package io.datasieve.detectors;

import io.datasieve.InfoType;
import io.datasieve.Severity;
import io.datasieve.spi.Detector;
import io.datasieve.spi.FieldPath;
import io.datasieve.spi.FieldValue;
import io.datasieve.spi.MatchSink;
import java.util.List;
import java.util.Set;

/**
 * US Social Security Numbers: {@code AAA-GG-SSSS}, {@code AAA GG SSSS} and {@code AAAGGSSSS}.
 *
 * <p>Candidate first: one pass over the chars finds digit runs; only a run of exactly nine
 * digits, or a 3-2-4 run with one consistent separator, is looked at further. A candidate is
 * rejected when it is glued to a longer token (letters or digits adjacent, or a hyphenated or
 * dotted number around it) and when the SSA never issues the number: area 000, 666 or 900-999,
 * group 00, serial 0000, all one digit, or a well-known published number (078-05-1120,
 * 123-45-6789, ...).
 *
 * <p>Confidence: a separated form is reported on its own (0.85); a bare nine-digit number is weak
 * (0.30, below the default minimum) unless the field name ({@code ssn}, {@code social_security})
 * or nearby words ("SSN", "social security") say so.
 */
public final class UsSsnDetector implements Detector {
  /** The info type reported. */
  public static final InfoType US_SSN =
      new InfoType("US_SSN", "PII", "PII/US Social Security Number", Severity.HIGH);

  static final double SEPARATED = 0.85;
  static final double SEPARATED_WITH_CONTEXT = 0.99;
  static final double BARE = 0.30;
  static final double BARE_NEARBY_WORDS = 0.75;
  static final double BARE_FIELD_NAME = 0.85;
  static final double FIELD_AND_WORDS = 0.95;

  /** Chars before a candidate searched for context words, and after it. */
  static final int CONTEXT_BEFORE = 48;
  static final int CONTEXT_AFTER = 24;

  private static final Set<String> PUBLISHED = Set.of(
      "078051120", // Woolworth wallet card
      "219099999", // SSA pamphlet sample
      "123456789",
      "457555462", // widely published
      "111223333");

  private static final ContextWords NEARBY = new ContextWords(
      "ssn", "ssns", "ssn#", "social security", "soc sec", "social sec", "ss number", "ss no",
      "social security number", "ssa");

  @Override
  public String id() {
    return "us-ssn";
  }

  @Override
  public List<InfoType> infoTypes() {
    return List.of(US_SSN);
  }

  @Override
  public void detect(FieldValue value, MatchSink sink) {
    String s = value.text();
    int n = s.length();
    int i = 0;
    Boolean fieldContext = null;
    // Context words belong to the nearest candidate: the look-back stops at the previous one, so
    // in "SSN: 478625255 and order 483100817" only the first number gets the SSN context.
    int previousCandidateEnd = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && isDigit(s.charAt(j))) {
        j++;
      }
      int run = j - i;
      int end = -1;
      boolean separated = false;
      if (run == 9) {
        end = j;
      } else if (run == 3 && j + 8 <= n) {
        char sep = s.charAt(j);
        if ((sep == '-' || sep == ' ')
            && isDigit(s.charAt(j + 1)) && isDigit(s.charAt(j + 2))
            && s.charAt(j + 3) == sep
            && isDigit(s.charAt(j + 4)) && isDigit(s.charAt(j + 5))
            && isDigit(s.charAt(j + 6)) && isDigit(s.charAt(j + 7))
            && (j + 8 == n || !isDigit(s.charAt(j + 8)))) {
          end = j + 8;
          separated = true;
        }
      }
      if (run >= 9 || end > 0) {
        int lookBackFrom = Math.max(i - CONTEXT_BEFORE, previousCandidateEnd);
        previousCandidateEnd = end > 0 ? end : j;
        if (end < 0 || !standsAlone(s, i, end) || !issuable(s, i, separated)) {
          i = j;
          continue;
        }
        if (fieldContext == null) {
          fieldContext = fieldSaysSsn(value.field());
        }
        boolean words = NEARBY.occursIn(s, lookBackFrom, end + CONTEXT_AFTER);
        double confidence;
        if (separated) {
          confidence = fieldContext || words ? SEPARATED_WITH_CONTEXT : SEPARATED;
        } else if (fieldContext) {
          confidence = words ? FIELD_AND_WORDS : BARE_FIELD_NAME;
        } else {
          confidence = words ? BARE_NEARBY_WORDS : BARE;
        }
        sink.match(US_SSN, i, end, confidence);
        i = end;
        continue;
      }
      i = j;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Not part of a longer token: no letter or digit right before or after, and no number joined to
   * it by {@code - . / _ +} (a hyphenated id, a decimal, a version, a date, a phone extension).
   */
  static boolean standsAlone(String s, int start, int end) {
    if (start > 0) {
      char p = s.charAt(start - 1);
      if (Character.isLetterOrDigit(p) || p == '$') {
        return false;
      }
      if (start > 1) {
        char pp = s.charAt(start - 2);
        // "ORD-123456789", "v1.123456789": joined to a token. "SSN:123..." and "SSN#123..." stay
        // candidates, but "12:123..." does not.
        if ("-./_+".indexOf(p) >= 0 && Character.isLetterOrDigit(pp)
            || (p == ':' || p == '#') && isDigit(pp)) {
          return false;
        }
      }
    }
    if (end < s.length()) {
      char q = s.charAt(end);
      if (Character.isLetterOrDigit(q)) {
        return false;
      }
      if ("-./_,:".indexOf(q) >= 0 && end + 1 < s.length() && isDigit(s.charAt(end + 1))) {
        return false;
      }
    }
    return true;
  }

  /** The SSA's issuing rules, on the nine digits starting at {@code start}. */
  static boolean issuable(String s, int start, boolean separated) {
    char[] d = new char[9];
    int k = 0;
    for (int i = start; k < 9; i++) {
      char c = s.charAt(i);
      if (isDigit(c)) {
        d[k++] = c;
      }
    }
    int area = (d[0] - '0') * 100 + (d[1] - '0') * 10 + (d[2] - '0');
    int group = (d[3] - '0') * 10 + (d[4] - '0');
    int serial = (d[5] - '0') * 1000 + (d[6] - '0') * 100 + (d[7] - '0') * 10 + (d[8] - '0');
    if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0) {
      return false;
    }
    boolean allSame = true;
    for (int i = 1; i < 9; i++) {
      allSame &= d[i] == d[0];
    }
    return !allSame && !PUBLISHED.contains(new String(d));
  }

  static boolean fieldSaysSsn(FieldPath field) {
    return field.hasWord("ssn")
        || field.hasWord("ssns")
        || field.hasPhrase("social", "security")
        || field.hasPhrase("soc", "sec")
        || field.hasPhrase("social", "sec");
  }
}
