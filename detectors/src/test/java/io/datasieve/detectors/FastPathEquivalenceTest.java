package io.datasieve.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datasieve.DatasetResource;
import io.datasieve.spi.AnalysisNeeds;
import io.datasieve.spi.AnalyzingDetector;
import io.datasieve.spi.FieldPath;
import io.datasieve.spi.FieldTrait;
import io.datasieve.spi.FieldValue;
import io.datasieve.spi.PhraseSet;
import io.datasieve.spi.ValueAnalysis;
import io.datasieve.spi.ValueAnalyzer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.commons.validator.routines.IBANValidator;
import org.junit.jupiter.api.Test;

/**
 * The number detectors' fast paths (char scans instead of the analysis's tokens, gates before
 * context lookups, one validation per IBAN candidate, char-loop shapes, the shared nine-digit scan)
 * report exactly what the code they replaced reported: each is held here to a copy of that code,
 * on random values built from pieces that make candidates, near misses and context likely.
 */
class FastPathEquivalenceTest {
  private static final DatasetResource RESOURCE =
      DatasetResource.builder(URI.create("memory:test")).content(() -> null).build();
  private static final long SEED = 20261202L;

  record Hit(int start, int end, double confidence, String explanation) {}

  @Test
  void ssnAndItin() {
    UsSsnDetector ssn = new UsSsnDetector();
    UsItinDetector itin = new UsItinDetector();
    String[] pieces = {"123-45-6789", "078-05-1120", "219 09 9999", "536 22 1789", "912-70-1234", "999-94-0000",
        "900-50-1111", "987654321", "923781234", "SSN", "ssn#", "social security", "Soc. Sec.", "ITIN", "tax id", "tin",
        "taxpayer identification", "id", "-", ".", "/", ":", "#", "$", "x", "1", "12", " ", " ", ", ", "\u0660", "\u00e9"};
    List<String> fields = List.of("notes", "ssn", "customer_ssn", "itin", "tax id");
    ValueAnalyzer analyzer = analyzer(ssn, itin);
    PhraseSet ssnWords = ssn.needs().phrases().get(0);
    FieldTrait ssnField = ssn.needs().traits().get(0);
    PhraseSet itinWords = itin.needs().phrases().get(0);
    FieldTrait itinField = itin.needs().traits().get(0);
    Random random = new Random(SEED);
    int reported = 0;
    for (int i = 0; i < 30_000; i++) {
      FieldValue v = value(fields.get(random.nextInt(fields.size())), random(random, pieces, 9));
      // In the scanner's order: the ITIN detector reads the SSN detector's scan of the same text.
      List<Hit> fastSsn = run(ssn, analyzer.analyze(v));
      List<Hit> fastItin = run(itin, analyzer.analyze(v));
      assertEquals(referenceSsn(analyzer.analyze(v), ssnWords, ssnField), fastSsn, v.text());
      assertEquals(referenceItin(analyzer.analyze(v), itinWords, itinField), fastItin, v.text());
      reported += fastSsn.size() + fastItin.size();
    }
    assertTrue(reported > 5_000, "the random values must make matches: " + reported);
  }

  @Test
  void creditCard() {
    CreditCardDetector card = new CreditCardDetector();
    Random random = new Random(SEED);
    List<String> pieceList = new ArrayList<>(List.of("card", "Visa", "exp", "paid", "order", "-", " ", " ", ".", "$",
        ":", "x", "7", "1234", "4111 1111 1111 1111", "4242424242424242", "378282246310005", "\u00e9", "\u0663",
        "12ab", "ab12", "4111111111111111x", "1111 2222 3333 4444 5555  ", "4012-8888-8888-1881"));
    String[] prefixes = {"4", "51", "55", "2221", "2720", "34", "37", "6011", "644", "65", "622126", "622925", "300",
        "36", "38", "3528", "3589", "62", "50", "56", "69", "1", "9"};
    for (int k = 0; k < 400; k++) {
      pieceList.add(cardNumber(random, prefixes[random.nextInt(prefixes.length)], 12 + random.nextInt(8)));
    }
    String[] pieces = pieceList.toArray(new String[0]);
    List<String> fields = List.of("notes", "card_number", "cc");
    ValueAnalyzer analyzer = analyzer(card);
    PhraseSet words = card.needs().phrases().get(0);
    FieldTrait field = card.needs().traits().get(0);
    int reported = 0;
    for (int i = 0; i < 30_000; i++) {
      FieldValue v = value(fields.get(random.nextInt(fields.size())), random(random, pieces, 6));
      List<Hit> fast = run(card, analyzer.analyze(v));
      assertEquals(referenceCard(analyzer.analyze(v), words, field), fast, v.text());
      reported += fast.size();
    }
    assertTrue(reported > 5_000, "the random values must make matches: " + reported);
  }

  @Test
  void iban() {
    IbanDetector iban = new IbanDetector();
    Random random = new Random(SEED);
    List<String> pieceList = new ArrayList<>(List.of("DE89370400440532013000", "DE89 3704 0044 0532 0130 00",
        "GB29 NWBK 6016 1331 9268 19", "FR1420041010050500013M02606", "NL91ABNA0417164300", "BE68539007547034",
        "NO9386011117947", "ZZ89370400440532013000", "AB12 3456 7890 1234 5678", "IBAN", "bank", "account", "sepa",
        " ", " ", ",", ".", "x", "X", "7", "AB", "\u00e9"));
    for (int k = 0; k < 300; k++) {
      pieceList.add(ibanOf(random, "DE", 18, random.nextBoolean()));
      pieceList.add(ibanOf(random, "NO", 11, random.nextBoolean()));
      pieceList.add(ibanOf(random, "BE", 12, random.nextBoolean()));
      pieceList.add(ibanOf(random, "DE", 18, random.nextBoolean()).toLowerCase(java.util.Locale.ROOT));
    }
    String[] pieces = pieceList.toArray(new String[0]);
    List<String> fields = List.of("notes", "iban");
    ValueAnalyzer analyzer = analyzer(iban);
    PhraseSet words = iban.needs().phrases().get(0);
    FieldTrait field = iban.needs().traits().get(0);
    int reported = 0;
    for (int i = 0; i < 30_000; i++) {
      FieldValue v = value(fields.get(random.nextInt(fields.size())), random(random, pieces, 6));
      List<Hit> fast = run(iban, analyzer.analyze(v));
      assertEquals(referenceIban(analyzer.analyze(v), words, field), fast, v.text());
      reported += fast.size();
    }
    assertTrue(reported > 5_000, "the random values must make matches: " + reported);
  }

  @Test
  void passportAndDriverLicense() {
    ContextualIdDetector passport = ContextualIdDetector.usPassport();
    ContextualIdDetector license = ContextualIdDetector.usDriverLicense();
    String[] pieces = {"passport", "Passport:", "PASSPORT no", "travel document", "DL#", "driver's license",
        "license number", "LICENCE", "lic no", "Lic. No.", "handled", "C03005988", "912345678", "D1234567", "S123-456-78-901-0",
        "AB-123456", "ab123456", "1234567", "415-555-0134", "12-34", "-", "--", " ", " ", ":", "#", "x",
        "\u0660\u0661\u0662\u0663\u0664\u0665"};
    List<String> fields = List.of("notes", "passport_no", "driver_license", "dl");
    ValueAnalyzer analyzer = ValueAnalyzer.of(AnalysisNeeds.builder().include(passport.needs())
        .include(license.needs()).build());
    Random random = new Random(SEED);
    int reported = 0;
    for (int i = 0; i < 30_000; i++) {
      FieldValue v = value(fields.get(random.nextInt(fields.size())), random(random, pieces, 6));
      List<Hit> fastPassport = run(passport, analyzer.analyze(v));
      List<Hit> fastLicense = run(license, analyzer.analyze(v));
      assertEquals(referenceContextual(analyzer.analyze(v), passport, "US passport shape",
          t -> t.matches("[0-9]{9}|[A-Z][0-9]{8}")), fastPassport, v.text());
      assertEquals(referenceContextual(analyzer.analyze(v), license, "state license shape",
          t -> t.replace("-", "").matches("[A-Za-z]{0,3}[0-9]{5,14}[A-Za-z]{0,2}") && t.replace("-", "").length() >= 6),
          fastLicense, v.text());
      reported += fastPassport.size() + fastLicense.size();
    }
    assertTrue(reported > 3_000, "the random values must make matches: " + reported);
  }

  // Random values

  private static String random(Random random, String[] pieces, int maxPieces) {
    StringBuilder sb = new StringBuilder();
    for (int k = random.nextInt(maxPieces + 1); k > 0; k--) {
      sb.append(pieces[random.nextInt(pieces.length)]);
      if (random.nextInt(3) > 0) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }

  /** A number of {@code length} digits starting with {@code prefix}, Luhn valid three times in four, maybe grouped. */
  private static String cardNumber(Random random, String prefix, int length) {
    StringBuilder digits = new StringBuilder(prefix);
    while (digits.length() < length - 1) {
      digits.append(random.nextInt(10));
    }
    for (int check = 0; check < 10; check++) {
      if (io.datasieve.detectors.rules.Validator.luhn(digits + String.valueOf(check))) {
        digits.append(random.nextInt(4) == 0 ? (check + 1) % 10 : check);
        break;
      }
    }
    String pan = digits.toString();
    int style = random.nextInt(3);
    if (style == 0) {
      return pan;
    }
    String sep = style == 1 ? " " : "-";
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < pan.length(); i += 4) {
      grouped.append(i == 0 ? "" : sep).append(pan, i, Math.min(pan.length(), i + 4));
    }
    return grouped.toString();
  }

  /** An IBAN of a country whose BBAN is all digits, with valid check digits seven times in eight. */
  private static String ibanOf(Random random, String country, int bbanDigits, boolean printed) {
    StringBuilder bban = new StringBuilder();
    for (int i = 0; i < bbanDigits; i++) {
      bban.append(random.nextInt(10));
    }
    String rotated = bban + String.valueOf(country.charAt(0) - 'A' + 10) + (country.charAt(1) - 'A' + 10) + "00";
    int mod = new java.math.BigInteger(rotated).mod(java.math.BigInteger.valueOf(97)).intValue();
    int check = random.nextInt(8) == 0 ? 98 - mod + 1 : 98 - mod;
    String compact = country + String.format("%02d", check % 100) + bban;
    if (!printed) {
      return compact;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < compact.length(); i += 4) {
      out.append(i == 0 ? "" : " ").append(compact, i, Math.min(compact.length(), i + 4));
    }
    return out.toString();
  }

  private static ValueAnalyzer analyzer(AnalyzingDetector... detectors) {
    return ValueAnalyzer.forDetectors(List.of(detectors));
  }

  private static FieldValue value(String field, String text) {
    FieldPath path = FieldPath.of(field);
    return new FieldValue() {
      @Override public DatasetResource resource() { return RESOURCE; }
      @Override public long record() { return 0; }
      @Override public FieldPath field() { return path; }
      @Override public String text() { return text; }
    };
  }

  private static List<Hit> run(AnalyzingDetector d, ValueAnalysis value) {
    List<Hit> hits = new ArrayList<>();
    d.detect(value, (type, start, end, confidence, why) -> hits.add(new Hit(start, end, confidence, why)));
    return hits;
  }

  // The code the fast paths replaced, condensed but unchanged in what it decides.

  private static List<Hit> referenceSsn(ValueAnalysis value, PhraseSet nearby, FieldTrait field) {
    List<Hit> out = new ArrayList<>();
    String s = value.text();
    String[] why = {"9 digits, SSA issuing rules", "9 digits, SSA issuing rules; context words",
        "9 digits, SSA issuing rules; field name", "9 digits, SSA issuing rules; field name; context words",
        "3-2-4 SSN shape, SSA issuing rules", "3-2-4 SSN shape, SSA issuing rules; context words",
        "3-2-4 SSN shape, SSA issuing rules; field name", "3-2-4 SSN shape, SSA issuing rules; field name; context words"};
    for (int[] c : referenceCandidates(value)) {
      int[] p = parts(s, c[0]);
      long digits = p[0] * 1_000_000L + p[1] * 10_000L + p[2];
      if (p[0] == 0 || p[0] == 666 || p[0] >= 900 || p[1] == 0 || p[2] == 0 || digits % 111_111_111L == 0
          || Set.of(78_051_120L, 219_099_999L, 123_456_789L, 457_555_462L, 111_223_333L).contains(digits)) {
        continue;
      }
      boolean separated = c[2] == 1;
      boolean named = value.has(field);
      boolean words = value.near(nearby, c[0], c[1], ContextWindow.SENTENCE, ContextWindow.AFTER, c[3]);
      double confidence = separated ? (named || words ? 0.99 : 0.85)
          : named ? (words ? 0.95 : 0.85) : (words ? 0.75 : 0.30);
      out.add(new Hit(c[0], c[1], confidence, why[(separated ? 4 : 0) + (named ? 2 : 0) + (words ? 1 : 0)]));
    }
    return out;
  }

  private static List<Hit> referenceItin(ValueAnalysis value, PhraseSet nearby, FieldTrait field) {
    List<Hit> out = new ArrayList<>();
    String s = value.text();
    String[] why = {"9 digits, IRS ITIN ranges", "9 digits, IRS ITIN ranges; context words",
        "3-2-4 shape, IRS ITIN ranges", "3-2-4 shape, IRS ITIN ranges; context words"};
    for (int[] c : referenceCandidates(value)) {
      int[] p = parts(s, c[0]);
      if (p[0] < 900 || !UsItinDetector.itinGroup(p[1])) {
        continue;
      }
      boolean separated = c[2] == 1;
      boolean context = value.has(field)
          || value.near(nearby, c[0], c[1], ContextWindow.SENTENCE, ContextWindow.AFTER, c[3]);
      double confidence = separated ? (context ? 0.99 : 0.85) : (context ? 0.85 : 0.30);
      out.add(new Hit(c[0], c[1], confidence, why[(separated ? 2 : 0) + (context ? 1 : 0)]));
    }
    return out;
  }

  /** The nine-digit scan over the analysis: start, end, separated, notBefore. */
  private static List<int[]> referenceCandidates(ValueAnalysis value) {
    List<int[]> out = new ArrayList<>();
    String s = value.text();
    int n = s.length();
    int previousCandidateEnd = 0;
    int i;
    for (int from = 0; from < n && (i = value.nextDigit(from)) >= 0; from = i) {
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
        if ((sep == '-' || sep == ' ') && isDigit(s.charAt(j + 1)) && isDigit(s.charAt(j + 2)) && s.charAt(j + 3) == sep
            && isDigit(s.charAt(j + 4)) && isDigit(s.charAt(j + 5)) && isDigit(s.charAt(j + 6))
            && isDigit(s.charAt(j + 7)) && (j + 8 == n || !isDigit(s.charAt(j + 8)))) {
          end = j + 8;
          separated = true;
        }
      }
      if (run >= 9 || end > 0) {
        int notBefore = previousCandidateEnd;
        previousCandidateEnd = end > 0 ? end : j;
        if (end > 0 && NineDigitCandidates.standsAlone(s, i, end)) {
          out.add(new int[] {i, end, separated ? 1 : 0, notBefore});
          i = end;
          continue;
        }
      }
      i = j;
    }
    return out;
  }

  private static int[] parts(String s, int start) {
    int[] d = new int[9];
    int k = 0;
    for (int i = start; k < 9; i++) {
      if (isDigit(s.charAt(i))) {
        d[k++] = s.charAt(i) - '0';
      }
    }
    return new int[] {d[0] * 100 + d[1] * 10 + d[2], d[3] * 10 + d[4], d[5] * 1000 + d[6] * 100 + d[7] * 10 + d[8]};
  }

  private static final Set<String> TEST_NUMBERS = Set.of(
      "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556", "5555555555554444",
      "5105105105105100", "2223003122003222", "378282246310005", "371449635398431", "6011111111111117",
      "6011000990139424", "3056930009020004", "36227206271667", "3566002020360505", "6200000000000005",
      "4000000000000002", "4000000000000077", "5200828282828210");

  private static List<Hit> referenceCard(ValueAnalysis value, PhraseSet nearby, FieldTrait cardField) {
    List<Hit> out = new ArrayList<>();
    int tokenDigits = 0;
    for (int k = 0; k < value.digitTokenCount() && tokenDigits < 12; k++) {
      int t = value.digitToken(k);
      tokenDigits += value.tokenEnd(t) - value.tokenStart(t);
    }
    if (tokenDigits < 12) {
      return out;
    }
    String s = value.text();
    int n = s.length();
    int i = 0;
    Boolean field = null;
    while (i < n) {
      char c = s.charAt(i);
      if (c < '0' || c > '9' || i > 0 && cardJoined(s, i - 1, true)) {
        i = Words.skip(s, i);
        continue;
      }
      char sep = 0;
      int digits = 0;
      int groups = 1;
      int j = i;
      int end = i;
      long firstGroupLength = 0;
      boolean ok = true;
      while (j < n) {
        char d = s.charAt(j);
        if (d >= '0' && d <= '9') {
          digits++;
          j++;
          end = j;
          if (groups == 1) {
            firstGroupLength++;
          }
        } else if ((d == ' ' || d == '-') && (sep == 0 || sep == d) && j + 1 < n && isDigit(s.charAt(j + 1))) {
          sep = d;
          groups++;
          j++;
        } else {
          break;
        }
        if (digits > 19) {
          ok = false;
          break;
        }
      }
      if (!ok) {
        while (end < n && (isDigit(s.charAt(end)) || s.charAt(end) == sep)) {
          end++;
        }
        i = end;
        continue;
      }
      if (digits >= 12 && (end == n || !cardJoined(s, end, false))) {
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < end; k++) {
          if (isDigit(s.charAt(k))) {
            sb.append(s.charAt(k));
          }
        }
        String pan = sb.toString();
        String issuer = referenceIssuer(pan);
        if (issuer != null && io.datasieve.detectors.rules.Validator.luhn(pan)) {
          if (field == null) {
            field = value.has(cardField);
          }
          boolean grouped = groups >= 3 && firstGroupLength == 4;
          boolean words = value.near(nearby, i, end, ContextWindow.SENTENCE, ContextWindow.AFTER);
          boolean context = field || words;
          if (TEST_NUMBERS.contains(pan)) {
            out.add(new Hit(i, end, 0.3, "Luhn valid; " + issuer + "; well-known test number"));
          } else {
            out.add(new Hit(i, end, grouped ? (context ? 0.99 : 0.85) : (context ? 0.95 : 0.45),
                "Luhn valid; " + issuer + (grouped ? "; grouped" : "") + (field ? "; field name" : "")
                    + (words ? "; context words" : "")));
          }
        }
      }
      i = Math.max(end, i + 1);
    }
    return out;
  }

  private static boolean cardJoined(String s, int k, boolean before) {
    char c = s.charAt(k);
    if (Character.isLetterOrDigit(c) || c == '$') {
      return true;
    }
    int other = before ? k - 1 : k + 1;
    return ".,/_:-".indexOf(c) >= 0 && other >= 0 && other < s.length() && Character.isLetterOrDigit(s.charAt(other));
  }

  static String referenceIssuer(String pan) {
    int len = pan.length();
    int p1 = pan.charAt(0) - '0';
    int p2 = Integer.parseInt(pan.substring(0, 2));
    int p3 = Integer.parseInt(pan.substring(0, 3));
    int p4 = Integer.parseInt(pan.substring(0, 4));
    int p6 = Integer.parseInt(pan.substring(0, 6));
    if (p1 == 4 && (len == 13 || len == 16 || len == 19)) {
      return "Visa range";
    }
    if ((p2 >= 51 && p2 <= 55 || p4 >= 2221 && p4 <= 2720) && len == 16) {
      return "Mastercard range";
    }
    if ((p2 == 34 || p2 == 37) && len == 15) {
      return "American Express range";
    }
    if ((p4 == 6011 || p3 >= 644 && p3 <= 649 || p2 == 65 || p6 >= 622126 && p6 <= 622925) && len >= 16 && len <= 19) {
      return "Discover range";
    }
    if ((p3 >= 300 && p3 <= 305 || p2 == 36 || p2 == 38 || p2 == 39) && len >= 14 && len <= 19) {
      return "Diners Club range";
    }
    if (p4 >= 3528 && p4 <= 3589 && len >= 16 && len <= 19) {
      return "JCB range";
    }
    if (p2 == 62 && len >= 16 && len <= 19) {
      return "UnionPay range";
    }
    if ((p2 == 50 || p2 >= 56 && p2 <= 69) && len >= 12 && len <= 19) {
      return "Maestro range";
    }
    return null;
  }

  private static List<Hit> referenceIban(ValueAnalysis value, PhraseSet nearby, FieldTrait ibanField) {
    List<Hit> out = new ArrayList<>();
    IBANValidator validator = IBANValidator.getInstance();
    String s = value.text();
    int n = s.length();
    int next = 0;
    for (int t = 0, tokens = value.tokenCount(); t < tokens; t++) {
      int i = value.tokenStart(t);
      boolean lower = i < n && s.charAt(i) >= 'a' && s.charAt(i) <= 'z';
      java.util.function.IntPredicate letter = lower ? ch -> ch >= 'a' && ch <= 'z' : ch -> isUpper((char) ch);
      int both = (lower ? ValueAnalysis.HAS_LOWER : ValueAnalysis.HAS_UPPER) | ValueAnalysis.HAS_DIGIT;
      if ((value.tokenFlags(t) & both) != both || i + 15 > n || i < next) {
        continue;
      }
      if (!letter.test(s.charAt(i)) || !letter.test(s.charAt(i + 1)) || !isDigit(s.charAt(i + 2)) || !isDigit(s.charAt(i + 3))
          || i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
        continue;
      }
      StringBuilder compact = new StringBuilder(34);
      int[] ends = new int[35];
      int j = i;
      while (j < n && compact.length() < 34) {
        char c = s.charAt(j);
        if (letter.test(c) || isDigit(c)) {
          compact.append(Character.toUpperCase(c));
          ends[compact.length()] = j + 1;
          j++;
        } else if (c == ' ' && compact.length() % 4 == 0 && j + 1 < n && (letter.test(s.charAt(j + 1)) || isDigit(s.charAt(j + 1)))) {
          j++;
        } else {
          break;
        }
      }
      for (int len = compact.length(); len >= 15; len--) {
        int end = ends[len];
        boolean boundary = end == n || !Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end - 1) == ' ';
        boolean atGroup = end == n || s.charAt(end) == ' ' || !Character.isLetterOrDigit(s.charAt(end));
        if (boundary && atGroup && validator.isValid(compact.substring(0, len))) {
          boolean context = value.near(nearby, i, end, ContextWindow.CLAUSE, 0) || value.has(ibanField);
          if (lower && !context) {
            next = end;
            break;
          }
          out.add(new Hit(i, end, context ? 0.99 : 0.95,
              context ? "country format and mod-97 check digits; context" : "country format and mod-97 check digits"));
          next = end;
          break;
        }
      }
    }
    return out;
  }

  private static List<Hit> referenceContextual(ValueAnalysis value, ContextualIdDetector d, String shapeName,
      java.util.function.Predicate<String> shape) {
    List<Hit> out = new ArrayList<>();
    PhraseSet nearby = d.needs().phrases().get(0);
    boolean field = value.has(d.needs().traits().get(0));
    String s = value.text();
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetterOrDigit(s.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      boolean digit = false;
      while (end < n && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '-'
          && end + 1 < n && Character.isLetterOrDigit(s.charAt(end + 1)))) {
        digit |= Character.isDigit(s.charAt(end));
        end++;
      }
      if (digit && end - i >= 6 && end - i <= 20 && (i == 0 || s.charAt(i - 1) != '-')) {
        if (shape.test(s.substring(i, end))) {
          boolean words = value.near(nearby, i, end, ContextWindow.LABEL, 0);
          if (field || words) {
            out.add(new Hit(i, end, field ? 0.9 : 0.8, shapeName + (field ? "; field name" : "; context words")));
          }
        }
      }
      i = end;
    }
    return out;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
