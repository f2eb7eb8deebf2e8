package io.datasieve.detectors;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import io.datasieve.InfoType;
import io.datasieve.Severity;
import io.datasieve.spi.Detector;
import io.datasieve.spi.FieldPath;
import io.datasieve.spi.FieldValue;
import io.datasieve.spi.MatchSink;
import java.util.List;
import java.util.Locale;

/**
 * Phone numbers, validated by libphonenumber. Candidate first: libphonenumber is only called on a
 * standalone run of 7-15 digits written with phone punctuation ({@code + ( ) - . /} and spaces);
 * dotted quads, dates and runs of 13+ digits without {@code +} are excluded before it is called.
 * A number must be valid (not just possible) for one of the configured regions, or carry a
 * {@code +} country code. Bare digit runs ({@code 4155550132}) are epochs and ids as often as
 * phones, so they need context: a phone-like field name or nearby words.
 */
public final class PhoneNumberDetector implements Detector {
  /** The info type reported. */
  public static final InfoType PHONE_NUMBER = new InfoType("PHONE_NUMBER", "PII", "PII/Phone Number", Severity.MEDIUM);

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  private static final ContextWords NEARBY = new ContextWords(
      "phone", "tel", "telephone", "call", "mobile", "cell", "fax", "sms", "text me", "whatsapp", "contact",
      "reach me", "number", "ph", "mob");

  private final List<String> regions;

  /** A detector for numbers of the US (and any number written with +country code). */
  public PhoneNumberDetector() {
    this(List.of("US"));
  }

  /**
   * A detector for numbers valid in these regions (ISO 3166 codes such as {@code "US"}, {@code
   * "GB"}), tried in order, plus any number written with a {@code +} country code.
   *
   * @throws IllegalArgumentException naming a region libphonenumber does not know
   */
  public PhoneNumberDetector(List<String> regions) {
    if (regions.isEmpty()) {
      throw new IllegalArgumentException("at least one default region is needed");
    }
    for (String r : regions) {
      if (!PHONES.getSupportedRegions().contains(r)) {
        throw new IllegalArgumentException("unknown phone region '" + r + "' (use ISO 3166 codes such as US, GB, DE)");
      }
    }
    this.regions = List.copyOf(regions);
  }

  @Override
  public String id() {
    return "phone-number";
  }

  @Override
  public List<InfoType> infoTypes() {
    return List.of(PHONE_NUMBER);
  }

  @Override
  public void detect(FieldValue value, MatchSink sink) {
    String s = value.text();
    int n = s.length();
    int i = 0;
    Boolean field = null;
    while (i < n) {
      char c = s.charAt(i);
      if (!(isDigit(c) || c == '+' || c == '(') || i > 0 && glued(s.charAt(i - 1), i > 1 ? s.charAt(i - 2) : ' ')) {
        i = skip(s, i);
        continue;
      }
      int j = i;
      int digits = 0;
      boolean punctuation = c == '+' || c == '(';
      while (j < n && j - i < 32) {
        char d = s.charAt(j);
        if (isDigit(d)) {
          digits++;
        } else if (d == '+' && j == i || d == '(' || d == ')' || d == '-' || d == '.' || d == '/' || d == ' ') {
          if (d == ' ' && (j + 1 >= n || !(isDigit(s.charAt(j + 1)) || s.charAt(j + 1) == '('))) {
            break;
          }
          punctuation = true;
        } else {
          break;
        }
        j++;
      }
      int end = j;
      while (end > i && !isDigit(s.charAt(end - 1)) && s.charAt(end - 1) != ')') {
        end--;
      }
      if (end < n && Character.isLetterOrDigit(s.charAt(end))) {
        i = skip(s, end);
        continue;
      }
      if (digits < 7 || digits > 15) {
        i = Math.max(end, i + 1);
        continue;
      }
      String candidate = s.substring(i, end);
      boolean formatted = punctuation && hasSeparatorBetweenDigits(candidate) || candidate.startsWith("+");
      if (field == null) {
        field = fieldSaysPhone(value.field());
      }
      boolean words = NEARBY.occursIn(s, i - 32, i);
      boolean context = field || words;
      // A bare digit run without context cannot be reported: do not pay for libphonenumber.
      if ((formatted || context) && plausible(candidate, digits)) {
        String region = validRegion(candidate);
        if (region != null) {
          double confidence = formatted ? (context ? 0.95 : 0.85) : 0.85;
          sink.match(PHONE_NUMBER, i, end, confidence, "valid number for " + region
              + (formatted ? "" : "; bare digits") + (field ? "; field name" : "") + (words ? "; context words" : ""));
        }
      }
      i = Math.max(end, i + 1);
    }
  }

  /** The region the number is valid for, or null. */
  private String validRegion(String candidate) {
    try {
      if (candidate.startsWith("+")) {
        Phonenumber.PhoneNumber p = PHONES.parse(candidate, "ZZ");
        return PHONES.isValidNumber(p) ? "+" + p.getCountryCode() : null;
      }
      for (String r : regions) {
        Phonenumber.PhoneNumber p = PHONES.parse(candidate, r);
        if (PHONES.isValidNumberForRegion(p, r)) {
          return r;
        }
      }
    } catch (NumberParseException e) {
      return null;
    }
    return null;
  }

  /** Cheap exclusions before libphonenumber: dotted quads, dates, long ids. */
  static boolean plausible(String c, int digits) {
    if (digits >= 13 && !c.startsWith("+")) {
      return false;
    }
    String[] groups = c.split("[^0-9]+");
    int nonEmpty = 0;
    for (String g : groups) {
      if (!g.isEmpty()) {
        nonEmpty++;
      }
    }
    if (c.indexOf('.') >= 0 && nonEmpty == 4 && c.matches("[0-9.]+")) {
      return false; // 10.20.30.40
    }
    if (nonEmpty == 3 && c.matches("[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{4}")) {
      return false; // 2024-01-15, 01/15/2024
    }
    return true;
  }

  private static boolean hasSeparatorBetweenDigits(String c) {
    for (int k = 1; k < c.length() - 1; k++) {
      if (!isDigit(c.charAt(k)) && isDigit(c.charAt(k - 1))) {
        return true;
      }
    }
    return c.indexOf('(') >= 0;
  }

  private static boolean glued(char prev, char prevPrev) {
    return Character.isLetterOrDigit(prev) || prev == '$' || prev == '#' || prev == '€' || prev == '£'
        || ".,-/_:".indexOf(prev) >= 0 && Character.isLetterOrDigit(prevPrev);
  }

  private static int skip(String s, int i) {
    if (!Character.isLetterOrDigit(s.charAt(i))) {
      return i + 1;
    }
    int j = i + 1;
    while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == '-')) {
      j++;
    }
    return j;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean fieldSaysPhone(FieldPath field) {
    for (String w : field.words()) {
      switch (w.toLowerCase(Locale.ROOT)) {
        case "phone", "phones", "tel", "telephone", "mobile", "cell", "fax", "msisdn", "cellphone", "phonenumber":
          return true;
        default:
          break;
      }
    }
    return false;
  }
}
