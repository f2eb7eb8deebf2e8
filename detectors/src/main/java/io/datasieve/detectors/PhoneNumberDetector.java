package io.datasieve.detectors;

import java.util.Set;
import io.datasieve.spi.ValueAnalysis;
import io.datasieve.spi.FieldTrait;
import io.datasieve.spi.PhraseSet;
import io.datasieve.spi.AnalysisNeeds;
import io.datasieve.spi.AnalyzingDetector;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import io.datasieve.InfoType;
import io.datasieve.Severity;
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
public final class PhoneNumberDetector extends AnalyzingDetector {
  /** The info type reported. */
  public static final InfoType PHONE_NUMBER = new InfoType("PHONE_NUMBER", "PII", "PII/Phone Number", Severity.MEDIUM);

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  private static final NanpValidity NANP_VALIDITY = new NanpValidity(PHONES);
  private static final PhraseSet NEARBY = PhraseSet.of("phone context",
      "phone", "tel", "telephone", "call", "mobile", "cell", "fax", "sms", "text me", "whatsapp", "contact",
      "reach me", "number", "ph", "mob");

  private static final FieldTrait PHONE_FIELD = FieldTrait.of("holds phone numbers", PhoneNumberDetector::fieldSaysPhone);
  private static final AnalysisNeeds NEEDS = AnalysisNeeds.builder().phrases(NEARBY).traits(PHONE_FIELD).build();

  /** The detector's id. */
  public static final String ID = "phone-number";

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
    return ID;
  }

  @Override
  public List<InfoType> infoTypes() {
    return List.of(PHONE_NUMBER);
  }

  @Override
  public AnalysisNeeds needs() {
    return NEEDS;
  }

  @Override
  public void detect(ValueAnalysis value, MatchSink sink) {
    if (NumberTokens.digits(value, 7) < 7) {
      return; // every digit of a candidate lies in an all-digit token
    }
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
        field = value.has(PHONE_FIELD);
      }
      boolean words = value.near(NEARBY, i, end, ContextWindow.CLAUSE, 0);
      boolean context = field || words;
      // A bare digit run without context cannot be reported: do not pay for libphonenumber.
      if ((formatted || context) && plausible(candidate, digits)) {
        String region = validRegion(candidate, digits);
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
  private String validRegion(String candidate, int digits) {
    try {
      if (candidate.startsWith("+")) {
        long nanp = candidate.startsWith("+1") && digits == 11 ? nanpNational(candidate, 1, 10) : -1;
        if (nanp >= 0) {
          // What parse would build for "+1" and ten digits, without its normalising regexes.
          return NANP_VALIDITY.valid(nanp) ? "+1" : null;
        }
        Phonenumber.PhoneNumber p = PHONES.parse(candidate, "ZZ");
        return PHONES.isValidNumber(p) ? "+" + p.getCountryCode() : null;
      }
      for (String r : regions) {
        Phonenumber.PhoneNumber p;
        if (NANP.contains(r)) {
          long national = nanpNational(candidate, 0, digits);
          if (national >= 0) {
            // Ten digits, or eleven after the trunk prefix: what parse would build, checked
            // against the region's metadata with patterns compiled once.
            if (NANP_VALIDITY.validFor(national, r)) {
              return r;
            }
            continue;
          }
          if (r.equals("US") && digits < 10) {
            continue; // a US number has ten digits; parse never adds any (Canada has 7-digit ones)
          }
        }
        p = PHONES.parse(candidate, r);
        if (PHONES.isValidNumberForRegion(p, r)) {
          return r;
        }
      }
    } catch (NumberParseException e) {
      return null;
    }
    return null;
  }

  /**
   * The region by libphonenumber's own parse, with no shortcut: the oracle that tests hold {@link
   * #validRegion} to.
   */
  String validRegionByParse(String candidate) {
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

  /** The region the candidate is valid for, with the shortcuts; package-private for tests. */
  String validRegionOf(String candidate) {
    int digits = 0;
    for (int k = 0; k < candidate.length(); k++) {
      digits += isDigit(candidate.charAt(k)) ? 1 : 0;
    }
    return validRegion(candidate, digits);
  }

  /** Regions of the North American Numbering Plan (+1). */
  private static final Set<String> NANP = Set.of("US", "CA");

  /**
   * The ten-digit national number of a NANP-shaped candidate (ten digits, or eleven after the trunk prefix 1, whose area code and exchange start with 2-9), reading
   * the digits after the first {@code skip} of them, or -1 when it has not that shape.
   */
  static long nanpNational(String c, int skip, int digits) {
    if (digits != 10 && digits != 11) {
      return -1;
    }
    long national = 0;
    int seen = 0;
    for (int k = 0; k < c.length(); k++) {
      char ch = c.charAt(k);
      if (!isDigit(ch)) {
        continue;
      }
      if (skip > 0) {
        skip--;
        continue;
      }
      int pos = digits == 11 ? seen - 1 : seen;
      if (digits == 11 && seen == 0 && ch != '1' || (pos == 0 || pos == 3) && ch < '2') {
        return -1;
      }
      if (pos >= 0) {
        national = national * 10 + (ch - '0');
      }
      seen++;
    }
    return national;
  }

  /** Cheap exclusions before libphonenumber: dotted quads, dates, long ids. Allocates nothing. */
  static boolean plausible(String c, int digits) {
    if (digits >= 13 && !c.startsWith("+")) {
      return false;
    }
    // Digit groups: their count and lengths, whether only dots separate them, and the separators.
    int groups = 0;
    int[] lengths = new int[4];
    boolean onlyDigitsAndDots = true;
    int run = 0;
    for (int k = 0; k < c.length(); k++) {
      char ch = c.charAt(k);
      if (isDigit(ch)) {
        run++;
        continue;
      }
      onlyDigitsAndDots &= ch == '.';
      if (run > 0) {
        if (groups < 4) {
          lengths[groups] = run;
        }
        groups++;
        run = 0;
      }
    }
    if (run > 0) {
      if (groups < 4) {
        lengths[groups] = run;
      }
      groups++;
    }
    if (c.indexOf('.') >= 0 && groups == 4 && onlyDigitsAndDots) {
      return false; // 10.20.30.40
    }
    if (groups == 3 && dateShaped(c, lengths)) {
      return false; // 2024-01-15, 01/15/2024
    }
    return true;
  }

  /** {@code YYYY-M-D} or {@code M-D-YYYY} with one of {@code - / .} between the groups, nothing else. */
  private static boolean dateShaped(String c, int[] lengths) {
    boolean yearFirst = lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2;
    boolean yearLast = lengths[0] <= 2 && lengths[1] <= 2 && lengths[2] == 4;
    if (!yearFirst && !yearLast || !isDigit(c.charAt(0)) || !isDigit(c.charAt(c.length() - 1))) {
      return false;
    }
    int separators = 0;
    for (int k = 0; k < c.length(); k++) {
      char ch = c.charAt(k);
      if (!isDigit(ch)) {
        if (ch != '-' && ch != '/' && ch != '.' || isDigit(c.charAt(k + 1)) == false) {
          return false; // another char, or two separators in a row
        }
        separators++;
      }
    }
    return separators == 2;
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
