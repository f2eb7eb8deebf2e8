package io.datasieve.detectors;

import static io.datasieve.detectors.Words.isDigit;
import static io.datasieve.detectors.Words.letterOrDigit;

import java.util.Set;
import io.datasieve.spi.ValueAnalysis;
import io.datasieve.spi.FieldTrait;
import io.datasieve.spi.PhraseSet;
import io.datasieve.spi.AnalysisNeeds;
import io.datasieve.spi.AnalyzingDetector;
import io.datasieve.spi.KeywordSet;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import io.datasieve.InfoType;
import io.datasieve.Severity;
import io.datasieve.spi.MatchSink;
import java.util.Arrays;
import java.util.List;

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

  /** The detector's id. */
  public static final String ID = "phone-number";

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  private static final NanpValidity NANP_VALIDITY = new NanpValidity(PHONES);
  private static final PhraseSet NEARBY = PiiWords.phrases(ID, "context", "phone context");

  private static final FieldTrait PHONE_FIELD = PiiWords.fieldWords(ID, "fieldWords", "holds phone numbers");
  private static final PhraseGate NEARBY_GATE = PhraseGate.of(NEARBY);
  /**
   * Words that leave no doubt that a number is a phone ("fax", "call", "mobile"; not "number" or
   * "contact"): with them, a number valid only for another region, or only of a possible length,
   * is reported.
   */
  private static final PhraseSet STRONG = PiiWords.phrases(ID, "strongContext", "strong phone context");
  private static final PhraseGate STRONG_GATE = PhraseGate.of(STRONG);
  /** Both extension words start with it: a value without it inside a word has neither. */
  private static final KeywordSet EXTENSION_WORDS = KeywordSet.of("phone extension words", List.of("ext"));
  private static final AnalysisNeeds NEEDS = AnalysisNeeds.builder().phrases(NEARBY, STRONG).traits(PHONE_FIELD)
      .keywords(EXTENSION_WORDS).onlyWhenAnyToken(ValueAnalysis.HAS_DIGIT).build();


  private final List<String> regions;
  /** For each region, its index in {@link NanpValidity} when it is one of {@link #NANP}, else -1. */
  private final int[] nanpRegions;
  /** Whether the US is the only region. */
  private final boolean usOnly;
  /**
   * The explanations of a valid number, built once: for region {@code r} (the index in {@link
   * #regions}, or {@code regions.size()} for {@code +1}), at {@code r * 8 + (formatted ? 0 : 4) +
   * (field ? 2 : 0) + (words ? 1 : 0)}.
   */
  private final String[] explanations;

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
    this.nanpRegions = new int[regions.size()];
    for (int k = 0; k < nanpRegions.length; k++) {
      nanpRegions[k] = NANP.contains(regions.get(k)) ? NANP_VALIDITY.regionIndex(regions.get(k)) : -1;
    }
    this.usOnly = this.regions.stream().allMatch("US"::equals);
    this.explanations = new String[(regions.size() + 1) * 8];
    for (int r = 0; r <= regions.size(); r++) {
      for (int bits = 0; bits < 8; bits++) {
        explanations[r * 8 + bits] = explanation(r < regions.size() ? regions.get(r) : "+1", (bits & 4) == 0,
            (bits & 2) != 0, (bits & 1) != 0);
      }
    }
  }

  private static String explanation(String region, boolean formatted, boolean field, boolean words) {
    return "valid number for " + region + (formatted ? "" : "; bare digits") + (field ? "; field name" : "")
        + (words ? "; context words" : "");
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

  /*
   * The walk. A candidate starts at a digit, '+' or '(' that the char-by-char walk below reaches
   * and that is not glued to what precedes it, and runs over digits and phone punctuation. Which
   * positions the walk reaches depends on what it skipped before ("abc--415-867-5309" is one
   * skipped word, " --415-867-5309" holds a number), so the walk is kept as it was, but it only
   * runs where a number can be: a reportable candidate's digit runs are whole all-digit tokens,
   * adjacent, separated by phone punctuation only, 7 or more digits in all. Such chains of tokens
   * are found from the value's digit tokens; the walk starts at the last safe point before a chain
   * (a position every walk reaches, whatever came before: after a char that neither a skipped word
   * nor a candidate can cross) and stops after it. What lies between chains cannot be reported.
   * Tests hold this to the plain walk over the whole value.
   */
  @Override
  public void detect(ValueAnalysis value, MatchSink sink) {
    int count = value.digitTokenCount();
    String s = value.text();
    int flags = value.valueFlags();
    if ((flags & ValueAnalysis.HAS_DIGIT) == 0) {
      return; // every candidate holds digits
    }
    if ((flags & ValueAnalysis.HAS_LETTER) != 0 && hasExtensionToken(value, s)) {
      walkWhole(value, sink); // "645-9740x11144", "4158675309x204", "5309ext. 12": digits and letters in one token
      return;
    }
    int i = 0; // a position the walk over the whole value reaches
    for (int k = 0; k < count; ) {
      int t = value.digitToken(k);
      int chainStart = value.tokenStart(t);
      int chainEnd = value.tokenEnd(t);
      int digits = chainEnd - chainStart;
      while (++k < count) {
        int u = value.digitToken(k);
        int start = value.tokenStart(u);
        if (u != t + 1 || !punctuationOnly(s, chainEnd, start)) {
          break;
        }
        chainEnd = value.tokenEnd(u);
        digits += chainEnd - start;
        t = u;
      }
      if (digits < 7 || chainEnd <= i) {
        continue;
      }
      i = safePoint(s, chainStart, i);
      while (i < chainEnd) {
        i = step(value, s, i, sink);
      }
    }
  }

  /** The plain walk over the whole value: what {@link #detect} must report, whatever it skips. */
  void walkWhole(ValueAnalysis value, MatchSink sink) {
    String s = value.text();
    int i = 0;
    while (i < s.length()) {
      i = step(value, s, i, sink);
    }
  }

  /**
   * Whether the value may hold an extension, which moves where the walk goes next (its digits are
   * taken by the number before them): a token that starts with digits and goes on with one ({@code
   * 9740x11144}, {@code 5309ext}), or the word {@code ext} or {@code extension}.
   */
  private static boolean hasExtensionToken(ValueAnalysis value, String s) {
    // Digits and an extension in one token: among the tokens that hold a digit.
    for (int k = 0, count = value.digitBearingTokenCount(); k < count; k++) {
      int t = value.digitBearingToken(k);
      int start = value.tokenStart(t);
      if ((value.tokenFlags(t) & ValueAnalysis.HAS_LETTER) != 0 && isDigit(s.charAt(start))
          && extensionTokenDigits(s, start, value.tokenEnd(t)) > 0) {
        return true;
      }
    }
    // An extension word: a token that starts where an "ext" found inside words starts.
    for (int h = 0, hits = value.keywordHits(EXTENSION_WORDS); h < hits; h++) {
      int start = value.keywordHitEnd(EXTENSION_WORDS, h) - 3;
      int t = value.tokenAt(start);
      if (t == value.tokenCount() || value.tokenStart(t) != start || (value.tokenFlags(t) & ValueAnalysis.HAS_DIGIT) != 0) {
        continue;
      }
      int len = value.tokenEnd(t) - start;
      if (len == 3 && s.regionMatches(true, start, "ext", 0, 3) || len == 9 && s.regionMatches(true, start, "extension", 0, 9)) {
        return true;
      }
    }
    return false;
  }

  /**
   * One step of the walk from position {@code i}: past a char, a word or a candidate, reporting
   * the candidate if it is a phone number. Returns the next position.
   */
  private int step(ValueAnalysis value, String s, int i, MatchSink sink) {
    int n = s.length();
    char c = s.charAt(i);
    if (!(isDigit(c) || c == '+' || c == '(') || BEFORE.joinedBefore(s, i)) {
      return skip(s, i);
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
    // An extension stays in the span ("645-9740x11144", "555-0134 ext. 12"); only the number is validated.
    int spanEnd = extensionEnd(s, end);
    if (spanEnd == end && end < n && letterOrDigit(s.charAt(end))) {
      return skip(s, end);
    }
    int next = Math.max(spanEnd, i + 1);
    if (spanEnd + 1 < n && s.charAt(spanEnd) == ':' && isDigit(s.charAt(spanEnd + 1))) {
      return next; // a time follows: "2013-03-14 12:53:39" is a timestamp, "12:53" no phone
    }
    // An international call prefix written out ("001-748-088-2851", "011 44 20 ..."): the number after it.
    int idd = c == '0' && digits >= 11 ? internationalPrefix(s, i, end) : 0;
    if (digits < 7 || digits - idd > 15 || digits - idd >= 13 && c != '+' && idd == 0) {
      return next; // 13+ digits without + are ids, cards, not phones
    }
    // One pass over the candidate: its digits, four bits each, and what the exclusions need.
    long packed = 0;
    int groups = 0;
    int first = 0;
    int second = 0;
    int third = 0;
    int run = 0;
    int separators = 0;
    boolean dots = false;
    boolean onlyDots = true;
    boolean dateSeparators = true; // each separator one of - / . with a digit after it
    boolean separatorAfterDigit = false; // a '(' anywhere, or a separator between digits
    for (int k = i; k < end; k++) {
      char ch = s.charAt(k);
      if (isDigit(ch)) {
        packed = packed << 4 | (ch - '0');
        run++;
        continue;
      }
      separators++;
      dots |= ch == '.';
      onlyDots &= ch == '.';
      separatorAfterDigit |= ch == '(' || run > 0 && k < end - 1;
      dateSeparators &= (ch == '-' || ch == '/' || ch == '.') && k + 1 < end && isDigit(s.charAt(k + 1));
      if (run > 0) {
        if (groups == 0) {
          first = run;
        } else if (groups == 1) {
          second = run;
        } else if (groups == 2) {
          third = run;
        }
        groups++;
        run = 0;
      }
    }
    if (run > 0) {
      if (groups == 0) {
        first = run;
      } else if (groups == 1) {
        second = run;
      } else if (groups == 2) {
        third = run;
      }
      groups++;
    }
    if (dots && onlyDots && groups == 4) {
      return next; // 10.20.30.40
    }
    if (groups == 3 && separators == 2 && dateSeparators && isDigit(c) && isDigit(s.charAt(end - 1))
        && (first == 4 && second <= 2 && third <= 2 || first <= 2 && second <= 2 && third == 4)) {
      return next; // 2024-01-15, 01/15/2024
    }
    if (groups > 3 && isDigit(c) && startsWithDate(s, i, first, second, third)) {
      return next; // 2024-01-15 10, 01/15/2024 1030: a date and a time
    }
    boolean formatted = punctuation && separatorAfterDigit || c == '+';
    // Context, looked up only after the cheap exclusions above: a bare digit run needs it, and a
    // valid number reports it.
    boolean shapedForRegions = c == '+' || idd > 0 || !usOnly || nanpShaped(packed, digits, 0)
        || usOtherwisePossible(packed, digits);
    boolean field = value.has(PHONE_FIELD);
    boolean wordsKnown = false;
    boolean words = false;
    if (!formatted && !field || !shapedForRegions) {
      words = nearPhoneWords(value, s, i, spanEnd);
      wordsKnown = true;
      if (!words && !field && !formatted) {
        return next; // a bare digit run needs context
      }
    }
    int region = shapedForRegions ? validRegion(s, i, end, digits, packed, 0) : INVALID;
    if (region == INVALID && idd > 0) {
      region = validRegion(s, i, end, digits, packed, idd); // "0117 496 0123" is Bristol before it is 011 + 7
    }
    if (region != INVALID) {
      if (!wordsKnown) {
        words = nearPhoneWords(value, s, i, spanEnd);
      }
      boolean context = field || words;
      double confidence = formatted ? (context ? 0.95 : 0.85) : 0.85;
      int bits = (formatted ? 0 : 4) + (field ? 2 : 0) + (words ? 1 : 0);
      sink.match(PHONE_NUMBER, i, spanEnd, confidence, region <= regions.size() ? explanations[region * 8 + bits]
          : explanation("+" + (region - regions.size() - 1), formatted, field, words));
      return next;
    }
    // Not valid where configured. With a phone word or field, a number written in any national
    // format counts: valid for another region, or at least of a length some region dials.
    if (!wordsKnown) {
      words = nearPhoneWords(value, s, i, spanEnd);
    }
    if (groups == 3 && first == 3 && second == 2 && third == 4 && c != '+') {
      return next; // 123-45-6789 is written as an SSN, not as a phone number
    }
    if (groups == 2 && first == 4 && second == 4 && isDigit(c) && s.charAt(i + 4) == '-' && isRange(s, i)) {
      return next; // 1990-1995, 0900-1700: a range of years or times
    }
    boolean strong = field || words && STRONG_GATE.mayBeNear(value, i, spanEnd, ContextWindow.CLAUSE, ContextWindow.TAG)
        && value.near(STRONG, i, spanEnd, ContextWindow.CLAUSE, ContextWindow.TAG);
    String number = idd > 0 ? "+" + s.substring(i + idd, end) : s.substring(i, end);
    if (!strong) {
      // No phone word: only a number written as a region writes its numbers for dialling at home,
      // with the trunk prefix or the area code in parentheses ("(03) 5327 5996", "0470 12 34 56"),
      // valid there and grouped as that region's national format groups it, at a lower confidence.
      // Groups of digits without either ("20 24 11 30", "2123 4567") are as often scores, ids and
      // ranges as phones.
      boolean national = c == '0' || c == '(';
      boolean zipPlusFour = isDigit(c) && groups == 2 && first == 5 && second == 4 && s.charAt(i + 5) == '-';
      if (formatted && national && idd == 0 && groups >= 2 && digits >= 9 && !zipPlusFour && !continuesCode(s, i)
          && !evenShortGroups(number)) {
        String region2 = validElsewhere(number);
        if (region2 != null) {
          sink.match(PHONE_NUMBER, i, spanEnd, 0.6, "valid number for " + region2 + "; national format");
        }
      }
      return next;
    }
    String elsewhere = validElsewhere(number);
    if (elsewhere != null) {
      sink.match(PHONE_NUMBER, i, spanEnd, 0.85, "valid number for " + elsewhere + (field ? "; field name" : "; phone words"));
    } else if (possibleSomewhere(number)) {
      sink.match(PHONE_NUMBER, i, spanEnd, 0.7, "possible number" + (field ? "; field name" : "; phone words"));
    }
    return next;
  }

  /**
   * Whether the candidate at {@code start} follows, after one space, a word that holds a digit: the
   * rest of a longer code written in groups (an IBAN's "BE36 0750 ...", a tracking number), or a
   * group of capital letters that itself follows such a word (the bank code of "NL87 RABO 0736 3410
   * 09", "GB29 NWBK 6016 1331 9268 19").
   */
  private static boolean continuesCode(String s, int start) {
    int end = start - 1; // the space before the word
    for (int word = 0; word < 2; word++) {
      if (end < 1 || s.charAt(end) != ' ' || !letterOrDigit(s.charAt(end - 1))) {
        return false;
      }
      int k = end - 1;
      boolean capitals = true;
      for (; k >= 0 && letterOrDigit(s.charAt(k)); k--) {
        char c = s.charAt(k);
        if (isDigit(c)) {
          return true;
        }
        capitals &= c >= 'A' && c <= 'Z';
      }
      if (!capitals || end - 1 - k > 4) {
        return false;
      }
      end = k;
    }
    return false;
  }

  /** Whether the groups of digits all have one length under four: a list ("01 02 03 04", "010 020 030"). */
  private static boolean evenShortGroups(String number) {
    int[] g = digitGroups(number);
    for (int k = 1; k < g.length; k++) {
      if (g[k] != g[0]) {
        return false;
      }
    }
    return g[0] < 4;
  }

  /** Whether {@code s[start, start + 9)} ({@code DDDD-DDDD}) is two years (1900-2099) or two times of day (0000-2359). */
  private static boolean isRange(String s, int start) {
    int a = Words.digitsValue(s, start, start + 4);
    int b = Words.digitsValue(s, start + 5, start + 9);
    boolean years = a >= 1900 && a <= 2099 && b >= 1900 && b <= 2099;
    boolean times = a % 100 < 60 && a / 100 < 24 && b % 100 < 60 && b / 100 < 24;
    return years || times;
  }

  /** Phone words before the candidate (a clause) or right after it ("089 72 63 41 office"). */
  private static boolean nearPhoneWords(ValueAnalysis value, String s, int start, int end) {
    return NEARBY_GATE.mayBeNear(value, start, end, ContextWindow.CLAUSE, ContextWindow.TAG)
        && value.near(NEARBY, start, end, ContextWindow.CLAUSE, ContextWindow.TAG);
  }

  /**
   * Past an extension written right after the number at {@code end} ({@code x123}, {@code ext 12},
   * {@code ext. 12}, {@code extension 12}; 1-6 digits, then no letter or digit), or {@code end}.
   */
  static int extensionEnd(String s, int end) {
    int n = s.length();
    int j = end;
    if (j < n && s.charAt(j) == ' ') {
      j++;
    }
    int word;
    if (j < n && (s.charAt(j) | 0x20) == 'x' && j == end) {
      word = 1; // "x123" only when glued to the number
    } else if (s.regionMatches(true, j, "extension", 0, 9)) {
      word = 9;
    } else if (s.regionMatches(true, j, "ext", 0, 3)) {
      word = 3;
    } else {
      return end;
    }
    j += word;
    if (word > 1) {
      if (j < n && s.charAt(j) == '.') {
        j++;
      }
      if (j < n && s.charAt(j) == ' ') {
        j++;
      }
    }
    int digitsStart = j;
    while (j < n && isDigit(s.charAt(j)) && j - digitsStart < 7) {
      j++;
    }
    int len = j - digitsStart;
    if (len < 1 || len > 6 || j < n && letterOrDigit(s.charAt(j))) {
      return end;
    }
    return j;
  }

  /**
   * The leading digits of a token that is a number's last group and its extension ({@code
   * 9740x11144}, {@code 5309ext}, {@code 5309ext12}), or -1.
   */
  private static int extensionTokenDigits(String s, int start, int end) {
    int x = start;
    while (x < end && isDigit(s.charAt(x))) {
      x++;
    }
    if (x == start || x >= end) {
      return -1;
    }
    int first = s.charAt(x) | 0x20;
    int word = first == 'x' ? 1
        : first != 'e' ? 0 : s.regionMatches(true, x, "extension", 0, 9) ? 9 : s.regionMatches(true, x, "ext", 0, 3) ? 3 : 0;
    if (word == 0 || x + word > end) {
      return -1;
    }
    for (int k = x + word; k < end; k++) {
      if (!isDigit(s.charAt(k))) {
        return -1;
      }
    }
    int ext = end - x - word;
    return (word > 1 || ext >= 1) && ext <= 6 ? x - start : -1;
  }

  /**
   * The length of an international call prefix that starts the candidate, or 0: {@code 00} or
   * {@code 011} (North America's) followed by a country code, when the rest has the length of an
   * international number.
   */
  private static int internationalPrefix(String s, int start, int end) {
    if (s.startsWith("011", start) && start + 3 < end && s.charAt(start + 3) != '0') {
      return 3;
    }
    return s.startsWith("00", start) && start + 2 < end && s.charAt(start + 2) != '0' ? 2 : 0;
  }

  /**
   * Whether the first three digit groups are a date ({@code 2024-01-15}, {@code 01/15/2024},
   * {@code 15.01.2024}) with one separator: a month of 1-12 and a day of 1-31 in either order.
   */
  private static boolean startsWithDate(String s, int start, int first, int second, int third) {
    if (!(first == 4 && second <= 2 && third <= 2 || first <= 2 && second <= 2 && third == 4) || second == 0 || third == 0) {
      return false;
    }
    char sep = s.charAt(start + first);
    if (!((sep == '-' || sep == '/' || sep == '.') && s.charAt(start + first + 1 + second) == sep)) {
      return false;
    }
    int secondStart = start + first + 1;
    int a = first == 4 ? Words.digitsValue(s, secondStart, secondStart + second) : Words.digitsValue(s, start, start + first);
    int b = first == 4 ? Words.digitsValue(s, secondStart + second + 1, secondStart + second + 1 + third)
        : Words.digitsValue(s, secondStart, secondStart + second);
    boolean monthDay = a >= 1 && a <= 12 && b >= 1 && b <= 31;
    boolean dayMonth = b >= 1 && b <= 12 && a >= 1 && a <= 31;
    return monthDay || dayMonth;
  }

  /**
   * Per count of digits (7-15) and leading 0 or not, the regions (in code order) whose numbers can
   * have that many digits as written nationally: the national number's possible lengths (one digit
   * more or less for what parsing adds or strips), or those lengths plus the trunk prefix and up to
   * two digits of a carrier code. A necessary condition that spares most regions a parse. Built on
   * first use; only numbers that no configured region has look regions up.
   */
  private static final class RegionsByLength {
    /** [digits][0: written without a leading 0, 1: with one]: regions to try. */
    static final List<List<List<String>>> BY_DIGITS = build();

    private static List<List<List<String>>> build() {
      var source = com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider.getInstance()
          .getPhoneNumberMetadataSource();
      List<List<List<String>>> out = new java.util.ArrayList<>();
      for (int d = 0; d <= 15; d++) {
        out.add(List.of(new java.util.ArrayList<>(), new java.util.ArrayList<>()));
      }
      for (String r : PHONES.getSupportedRegions().stream().sorted().toList()) {
        var m = source.getMetadataForRegion(r);
        var desc = m.getGeneralDesc();
        java.util.Set<Integer> lengths = new java.util.HashSet<>(desc.getPossibleLengthList());
        lengths.addAll(desc.getPossibleLengthLocalOnlyList());
        String prefix = m.getNationalPrefix();
        for (int d = 7; d <= 15; d++) {
          for (int zero = 0; zero <= 1; zero++) {
            // The national number's length as written: all digits, or all but a trunk prefix
            // (and up to two more digits of a carrier code) when the number starts with it.
            boolean fits = lengths.contains(d) || lengths.contains(d + 1);
            if (!prefix.isEmpty() && (zero == 1) == prefix.startsWith("0")) {
              for (int k = prefix.length(); k <= prefix.length() + 2; k++) {
                fits |= lengths.contains(d - k);
              }
            }
            if (fits) {
              out.get(d).get(zero).add(r);
            }
          }
        }
      }
      return out.stream().map(l -> List.of(List.copyOf(l.get(0)), List.copyOf(l.get(1)))).toList();
    }
  }

  private static List<String> regionsFor(String number) {
    int d = 0;
    for (int k = 0; k < number.length(); k++) {
      d += isDigit(number.charAt(k)) ? 1 : 0;
    }
    int first = 0;
    while (first < number.length() && !isDigit(number.charAt(first))) {
      first++;
    }
    boolean zero = first < number.length() && number.charAt(first) == '0';
    return d <= 15 ? RegionsByLength.BY_DIGITS.get(d).get(zero ? 1 : 0) : List.of();
  }

  /**
   * The first region (in code order) for which the national number is valid and written as that
   * region writes it: its digit groups are those of libphonenumber's national format for the
   * region ({@code 0470 12 34 56} for Belgium), with parentheses only where that format has them,
   * or it is one run of digits. Null when there is none: a number written as another country
   * writes its numbers ({@code (459) 555-2482}) is not put down to a region where those digits
   * happen to be valid.
   */
  String validElsewhere(String number) {
    return validElsewhere(number, true);
  }

  /**
   * {@link #validElsewhere} by libphonenumber's own parse and format, with no shortcut: the oracle
   * that tests hold it to.
   */
  String validElsewhereByParse(String number) {
    return validElsewhere(number, false);
  }

  /**
   * With {@code shortcuts}, a North American number ({@link #northAmerican}) is answered from the
   * NANP automata: what parse and the validity check would say, without parsing the number once
   * for each of the 25 regions of the plan (a number invalid in the US, such as one of the 555
   * exchange, tried them all).
   */
  private String validElsewhere(String number, boolean shortcuts) {
    long nanp = shortcuts ? northAmerican(number) : -1;
    int digits = nanp >= 1L << 40 ? 11 : 10; // meaningful only for a North American number
    try {
      if (number.startsWith("+")) {
        if (nanp >= 0) {
          return NANP_VALIDITY.valid(nanp, digits, 1) ? "+1" : null;
        }
        Phonenumber.PhoneNumber p = PHONES.parse(number, "ZZ");
        return PHONES.isValidNumber(p) ? "+" + p.getCountryCode() : null;
      }
      int[] groups = digitGroups(number);
      // The national format of every +1 number of this shape is "(NPA) NXX-XXXX".
      boolean writtenAsNanp = groups.length == 3 && groups[0] == 3 && groups[1] == 3 && groups[2] == 4;
      for (int k = 0; k < regions.size(); k++) {
        String r = regions.get(k);
        // Possible in a configured region and grouped as it writes its numbers: a number of that
        // region's numbering plan (a Canadian number in the US plan's grouping), or a fictional one
        // ("(459) 555-2482"); regions of other plans would not write it so. Only the plan's regions
        // are tried, which spares a parse in every other region for each such number.
        if (nanp >= 0 && nanpRegions[k] >= 0) {
          if (!writtenAsNanp) {
            continue;
          }
          for (int j = 0; j < NANP_VALIDITY.size(); j++) {
            if (!regions.contains(NANP_VALIDITY.code(j)) && NANP_VALIDITY.validFor(j, nanp, digits, digits - 10)) {
              return NANP_VALIDITY.code(j);
            }
          }
          return null;
        }
        Phonenumber.PhoneNumber p = PHONES.parse(number, r);
        if (PHONES.isPossibleNumber(p) && groups.length > 1 && writtenAs(number, groups,
            PHONES.format(p, PhoneNumberUtil.PhoneNumberFormat.NATIONAL))) {
          for (String same : PHONES.getRegionCodesForCountryCode(p.getCountryCode())) {
            if (!regions.contains(same) && PHONES.isValidNumberForRegion(PHONES.parse(number, same), same)) {
              return same;
            }
          }
          return null;
        }
      }
      for (String r : regionsFor(number)) {
        if (regions.contains(r)) {
          continue; // tried already
        }
        int plan = nanp >= 0 ? NANP_VALIDITY.regionIndex(r) : -1;
        if (plan >= 0) {
          if (NANP_VALIDITY.validFor(plan, nanp, digits, digits - 10) && (groups.length == 1 || writtenAsNanp)) {
            return r;
          }
          continue;
        }
        Phonenumber.PhoneNumber p = PHONES.parse(number, r);
        if (PHONES.isValidNumberForRegion(p, r) && (groups.length == 1 || writtenAs(number, groups,
            PHONES.format(p, PhoneNumberUtil.PhoneNumberFormat.NATIONAL)))) {
          return r;
        }
      }
    } catch (NumberParseException e) {
      return null;
    }
    return null;
  }

  /**
   * The digits of a number of the North American shape, packed four bits each with the first one
   * highest: {@code +1} and ten digits, ten digits, or a 1 and ten digits, the ten {@link
   * #nanpShaped}. Eleven digits (with the 1) pack to at least {@code 1 << 40}, ten to less. -1 for
   * any other number.
   */
  private static long northAmerican(String number) {
    int digits = 0;
    long packed = 0;
    for (int k = 0; k < number.length() && digits < 12; k++) {
      char c = number.charAt(k);
      if (isDigit(c)) {
        digits++;
        packed = packed << 4 | (c - '0');
      }
    }
    boolean shaped = number.startsWith("+")
        ? digits == 11 && number.charAt(1) == '1' && nanpShaped(packed, digits, 1)
        : (digits == 10 || digits == 11) && nanpShaped(packed, digits, 0);
    return shaped ? packed : -1;
  }

  /** Same digit groups, and parentheses only where the national format has them ("(03) 5327 5996"). */
  private static boolean writtenAs(String number, int[] groups, String national) {
    return Arrays.equals(groups, digitGroups(national)) && (number.indexOf('(') < 0 || national.indexOf('(') >= 0);
  }

  /** The lengths of the runs of ASCII digits in {@code s}, in order. */
  static int[] digitGroups(String s) {
    int[] out = new int[s.length()];
    int count = 0;
    int run = 0;
    for (int k = 0; k < s.length(); k++) {
      if (isDigit(s.charAt(k))) {
        run++;
      } else if (run > 0) {
        out[count++] = run;
        run = 0;
      }
    }
    if (run > 0) {
      out[count++] = run;
    }
    return Arrays.copyOf(out, count);
  }

  /** Whether some region, a configured one first, dials a number of this length ({@link PhoneNumberUtil#isPossibleNumber}). */
  boolean possibleSomewhere(String number) {
    return possibleSomewhere(number, true);
  }

  /** {@link #possibleSomewhere} by libphonenumber's parse alone: the oracle tests hold it to. */
  boolean possibleSomewhereByParse(String number) {
    return possibleSomewhere(number, false);
  }

  /**
   * With {@code shortcuts}, a North American number is possible without a parse: as {@code +1},
   * and in any region of the plan when one is configured.
   */
  private boolean possibleSomewhere(String number, boolean shortcuts) {
    boolean plus = number.startsWith("+");
    if (shortcuts && (plus || hasNanpRegion()) && northAmerican(number) >= 0) {
      return true;
    }
    if (plus) {
      try {
        return PHONES.isPossibleNumber(PHONES.parse(number, "ZZ"));
      } catch (NumberParseException e) {
        return false;
      }
    }
    for (String r : regions) {
      if (PHONES.isPossibleNumber(number, r)) {
        return true;
      }
    }
    for (String r : regionsFor(number)) {
      if (PHONES.isPossibleNumber(number, r)) {
        return true;
      }
    }
    return false;
  }

  private boolean hasNanpRegion() {
    for (int nanp : nanpRegions) {
      if (nanp >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code s[from, to)} holds only chars that may stand between the digit groups of a candidate. */
  private static boolean punctuationOnly(String s, int from, int to) {
    if (to - from > 25) {
      return false; // a candidate spans at most 32 chars, 7 of them digits
    }
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (!(c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The last position at or before {@code p} that every walk reaches, whatever it skipped before,
   * or {@code floor} (a position this walk reached) when there is none after it. The char before
   * a safe position is one that no skipped word ({@code [letters digits . -]}) and no candidate can
   * run through: not a letter or digit, none of {@code . - ( ) / +}, and a space only when neither
   * a digit nor {@code (} follows it.
   */
  private static int safePoint(String s, int p, int floor) {
    for (int q = p; q > floor; q--) {
      char c = s.charAt(q - 1);
      if (letterOrDigit(c) || c == '.' || c == '-' || c == '(' || c == ')' || c == '/' || c == '+'
          || c == ' ' && (isDigit(s.charAt(q)) || s.charAt(q) == '(')) {
        continue;
      }
      return q;
    }
    return floor;
  }

  /** What {@link #validRegion} returns for a number valid nowhere. */
  private static final int INVALID = -1;

  /**
   * Where the candidate {@code s[from, to)} of {@code digits} digits ({@code packed} four bits
   * each, the first one highest) is valid: the index of the first configured region it is valid
   * for, {@code regions.size()} for {@code +1}, {@code regions.size() + 1 + cc} for another
   * {@code +cc}, or {@link #INVALID}.
   */
  private int validRegion(String s, int from, int to, int digits, long packed, int idd) {
    try {
      if (idd > 0) {
        Phonenumber.PhoneNumber p = PHONES.parse("+" + s.substring(from + idd, to), "ZZ");
        return PHONES.isValidNumber(p) ? regions.size() + 1 + p.getCountryCode() : INVALID;
      }
      if (s.charAt(from) == '+') {
        if (digits == 11 && s.charAt(from + 1) == '1' && nanpShaped(packed, digits, 1)) {
          // What parse would build for "+1" and ten digits, without its normalising regexes.
          return NANP_VALIDITY.valid(packed, digits, 1) ? regions.size() : INVALID;
        }
        Phonenumber.PhoneNumber p = PHONES.parse(s.substring(from, to), "ZZ");
        return PHONES.isValidNumber(p) ? regions.size() + 1 + p.getCountryCode() : INVALID;
      }
      for (int k = 0; k < regions.size(); k++) {
        String r = regions.get(k);
        int nanp = nanpRegions[k];
        if (nanp >= 0) {
          if (nanpShaped(packed, digits, 0)) {
            // Ten digits, or eleven after the trunk prefix: what parse would build, checked
            // against the region's metadata.
            if (NANP_VALIDITY.validFor(nanp, packed, digits, digits - 10)) {
              return k;
            }
            continue;
          }
          if (r.equals("US") && !usOtherwisePossible(packed, digits)) {
            continue;
          }
        }
        Phonenumber.PhoneNumber p = PHONES.parse(s.substring(from, to), r);
        if (PHONES.isValidNumberForRegion(p, r)) {
          return k;
        }
      }
    } catch (NumberParseException e) {
      return INVALID;
    }
    return INVALID;
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

  /**
   * The region the candidate (7-15 digits and phone punctuation) is valid for, with the
   * shortcuts, or null. Package-private for tests; fails when the US pre-check, which spares a
   * candidate the context lookups, would have rejected a valid number.
   */
  String validRegionOf(String candidate) {
    int digits = 0;
    long packed = 0;
    for (int k = 0; k < candidate.length(); k++) {
      char c = candidate.charAt(k);
      if (isDigit(c)) {
        digits++;
        packed = packed << 4 | (c - '0');
      }
    }
    int region = validRegion(candidate, 0, candidate.length(), digits, packed, 0);
    if (region == INVALID) {
      return null;
    }
    if (usOnly && candidate.charAt(0) != '+' && !nanpShaped(packed, digits, 0) && !usOtherwisePossible(packed, digits)) {
      throw new AssertionError("the US pre-check rejects a valid number: " + candidate);
    }
    return region < regions.size() ? regions.get(region) : "+" + (region == regions.size() ? 1 : region - regions.size() - 1);
  }

  /** Regions of the North American Numbering Plan (+1) whose numbers are checked without parse. */
  private static final Set<String> NANP = Set.of("US", "CA");

  /** The {@code k}-th (from 0) of {@code count} digits packed four bits each, the first one highest. */
  static int digit(long packed, int count, int k) {
    return (int) (packed >>> 4 * (count - 1 - k)) & 15;
  }

  /**
   * Whether the {@code count} digits, after the first {@code skip}, have the NANP shape: ten
   * digits, or eleven after the trunk prefix 1, whose area code and exchange start with 2-9.
   */
  static boolean nanpShaped(long packed, int count, int skip) {
    int digits = count - skip;
    if (digits == 11) {
      return digit(packed, count, skip) == 1 && digit(packed, count, skip + 1) >= 2 && digit(packed, count, skip + 4) >= 2;
    }
    return digits == 10 && digit(packed, count, skip) >= 2 && digit(packed, count, skip + 3) >= 2;
  }

  /**
   * Whether a candidate of a shape other than NANP's can be valid for the US, by how
   * libphonenumber parses it: a US number has ten digits, parse never adds any and strips only a
   * leading international prefix {@code 011} with a country code, the country code {@code 1} or
   * the trunk prefix {@code 1}, and a US area code or exchange never starts with 0 or 1. So it
   * needs 12 or more digits starting with 0 or 1. Tests hold this to libphonenumber's parse.
   */
  private static boolean usOtherwisePossible(long packed, int count) {
    return count >= 12 && digit(packed, count, 0) <= 1;
  }

  /** Glued to a word or amount before it: "ab415...", "$4155550134", "x-415-555-0134", "12/415...". */
  private static final Words.Boundary BEFORE = new Words.Boundary("$#€£", ".,-/_:", "");

  /** Past a non-candidate char, or past the word (letters, digits, dots and hyphens) it starts. */
  private static int skip(String s, int i) {
    if (!letterOrDigit(s.charAt(i))) {
      return i + 1;
    }
    int j = i + 1;
    int n = s.length();
    while (j < n) {
      char c = s.charAt(j);
      if (!(letterOrDigit(c) || c == '.' || c == '-')) {
        break;
      }
      j++;
    }
    return j;
  }



}
