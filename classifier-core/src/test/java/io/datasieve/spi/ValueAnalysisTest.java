package io.datasieve.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datasieve.DatasetResource;
import io.datasieve.InfoType;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ValueAnalysisTest {
  private static final DatasetResource RESOURCE = DatasetResource.builder(URI.create("memory:test")).content(() -> null).build();

  static FieldValue value(String field, String text) {
    FieldPath path = FieldPath.of(field);
    return new FieldValue() {
      @Override public DatasetResource resource() { return RESOURCE; }
      @Override public long record() { return 7; }
      @Override public FieldPath field() { return path; }
      @Override public String text() { return text; }
    };
  }

  private static ValueAnalysis analyse(AnalysisNeeds needs, String text) {
    return ValueAnalyzer.of(needs).analyze(value("notes", text));
  }

  @Test
  void tokensAreRunsOfLettersAndDigitsWithWhatTheyAreMadeOf() {
    ValueAnalysis a = analyse(AnalysisNeeds.none(), "Call Jane at 415-555-0134, ref A1b; J. Müller ٣٤");
    List<String> tokens = new ArrayList<>();
    for (int t = 0; t < a.tokenCount(); t++) {
      tokens.add(a.text().substring(a.tokenStart(t), a.tokenEnd(t)));
    }
    assertEquals(List.of("Call", "Jane", "at", "415", "555", "0134", "ref", "A1b", "J", "Müller", "٣٤"), tokens);
    assertEquals(ValueAnalysis.DIGITS | ValueAnalysis.HAS_DIGIT, a.tokenFlags(3));
    int mixed = a.tokenFlags(7);
    assertEquals(ValueAnalysis.UPPER_FIRST | ValueAnalysis.HAS_UPPER | ValueAnalysis.HAS_LOWER | ValueAnalysis.HAS_DIGIT
        | ValueAnalysis.HAS_LETTER, mixed);
    assertTrue((a.tokenFlags(9) & ValueAnalysis.NON_ASCII) != 0);
    assertEquals(ValueAnalysis.HAS_DIGIT | ValueAnalysis.NON_ASCII, a.tokenFlags(10), "Arabic-Indic digits: digits, not DIGITS");
    // Digit tokens and capitalised tokens (a capital then lower case, or an initial).
    List<Integer> digits = new ArrayList<>();
    for (int k = 0; k < a.digitTokenCount(); k++) {
      digits.add(a.digitToken(k));
    }
    assertEquals(List.of(3, 4, 5), digits);
    List<Integer> bearing = new ArrayList<>();
    for (int k = 0; k < a.digitBearingTokenCount(); k++) {
      bearing.add(a.digitBearingToken(k));
    }
    assertEquals(List.of(3, 4, 5, 7, 10), bearing, "digits alone, with letters, or not ASCII");
    List<Integer> capitals = new ArrayList<>();
    for (int k = 0; k < a.capitalisedTokenCount(); k++) {
      capitals.add(a.capitalisedToken(k));
    }
    assertEquals(List.of(0, 1, 7, 8, 9), capitals);
    assertEquals(3, a.tokenAt(a.text().indexOf("415")));
    assertEquals(3, a.tokenAt(a.text().indexOf("415") - 1), "between tokens: the next one");
    assertEquals(a.tokenCount(), a.tokenAt(a.text().length()));
    assertEquals(a.text().indexOf("415"), a.nextDigit(0));
    assertEquals(a.text().indexOf("1b"), a.nextDigit(a.text().indexOf("ref")), "digits inside words too");
    assertEquals(-1, a.nextDigit(a.text().indexOf("J.")), "ASCII digits only");
    assertThrows(IndexOutOfBoundsException.class, () -> a.tokenStart(99));
  }

  /**
   * Tokens, flags and the digit and capitalised lists agree with a reference written from the
   * documented rules, char by char with java.lang.Character, on random mixed text (ASCII, accented
   * and other-script letters, Arabic-Indic digits, punctuation).
   */
  @Test
  void tokenizingAgreesWithTheDocumentedRulesOnRandomText() {
    String alphabet = "aZm09 -.,@_/:'éÉßİıΣσ٣我\t\u00a0#";
    Random r = new Random(9);
    for (int round = 0; round < 5_000; round++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(30); k > 0; k--) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String text = b.toString();
      ValueAnalysis a = analyse(AnalysisNeeds.none(), text);
      List<int[]> expected = referenceTokens(text);
      assertEquals(expected.size(), a.tokenCount(), text);
      List<Integer> digits = new ArrayList<>();
      List<Integer> bearing = new ArrayList<>();
      List<Integer> capitals = new ArrayList<>();
      int all = 0;
      for (int[] e : expected) {
        all |= e[2];
      }
      assertEquals(all, a.valueFlags(), "the value's flags are its tokens' flags together: " + text);
      assertEquals(text.chars().anyMatch(c -> Character.isDigit((char) c)), (a.valueFlags() & ValueAnalysis.HAS_DIGIT) != 0, text);
      for (int t = 0; t < expected.size(); t++) {
        int[] e = expected.get(t);
        assertEquals(e[0], a.tokenStart(t), text);
        assertEquals(e[1], a.tokenEnd(t), text);
        assertEquals(e[2], a.tokenFlags(t), text + " token " + t);
        if ((e[2] & ValueAnalysis.DIGITS) != 0) {
          digits.add(t);
        }
        if ((e[2] & ValueAnalysis.HAS_DIGIT) != 0) {
          bearing.add(t);
        }
        if ((e[2] & ValueAnalysis.UPPER_FIRST) != 0 && (e[1] - e[0] == 1 || (e[2] & ValueAnalysis.HAS_LOWER) != 0)) {
          capitals.add(t);
        }
      }
      assertEquals(digits.size(), a.digitTokenCount(), text);
      for (int k = 0; k < digits.size(); k++) {
        assertEquals(digits.get(k), a.digitToken(k), text);
      }
      assertEquals(bearing.size(), a.digitBearingTokenCount(), text);
      // The interface's defaults (for other implementations) say the same as the analysis's list.
      ValueAnalysis plain = new TokensOnly(a);
      assertEquals(bearing.size(), plain.digitBearingTokenCount(), text);
      for (int k = 0; k < bearing.size(); k++) {
        assertEquals(bearing.get(k), a.digitBearingToken(k), text);
        assertEquals(bearing.get(k), plain.digitBearingToken(k), text);
      }
      assertEquals(capitals.size(), a.capitalisedTokenCount(), text);
      for (int k = 0; k < capitals.size(); k++) {
        assertEquals(capitals.get(k), a.capitalisedToken(k), text);
      }
    }
  }

  /** {start, end, flags} of each maximal run of Character.isLetterOrDigit chars. */
  private static List<int[]> referenceTokens(String s) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      if (!Character.isLetterOrDigit(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean asciiDigitsOnly = true;
      boolean noDigit = true;
      int f = 0;
      while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
        char c = s.charAt(i);
        boolean digit = Character.isDigit(c);
        boolean ascii = c < 128;
        f |= ascii ? 0 : ValueAnalysis.NON_ASCII;
        f |= digit ? ValueAnalysis.HAS_DIGIT : 0;
        f |= Character.isLetter(c) ? ValueAnalysis.HAS_LETTER : 0;
        f |= Character.isLetter(c) && Character.isUpperCase(c) ? ValueAnalysis.HAS_UPPER : 0;
        f |= Character.isLetter(c) && !Character.isUpperCase(c) && Character.isLowerCase(c) ? ValueAnalysis.HAS_LOWER : 0;
        asciiDigitsOnly &= digit && ascii;
        noDigit &= !digit;
        i++;
      }
      f |= asciiDigitsOnly ? ValueAnalysis.DIGITS : 0;
      f |= noDigit ? ValueAnalysis.LETTERS : 0;
      f |= Character.isUpperCase(s.charAt(start)) ? ValueAnalysis.UPPER_FIRST : 0;
      out.add(new int[] {start, i, f});
    }
    return out;
  }

  @Test
  void emptyAndSeparatorOnlyValuesHaveNoTokens() {
    assertEquals(0, analyse(AnalysisNeeds.none(), "").tokenCount());
    ValueAnalysis a = analyse(AnalysisNeeds.none(), " -- ,, ");
    assertEquals(0, a.tokenCount());
    assertEquals(-1, a.nextDigit(0));
  }

  private static final PhraseSet SSN = PhraseSet.of("ssn", "ssn", "social security", "soc sec");
  private static final PhraseSet CUES = PhraseSet.of("cues", "my name is", "name", "i m");

  @Test
  void phrasesMatchWholeWordsIgnoringCaseAndSeparators() {
    AnalysisNeeds needs = AnalysisNeeds.builder().phrases(SSN, CUES).build();
    String text = "Her Social-Security no. is 123-45-6789; the SSNs file and publicssn are not";
    ValueAnalysis a = analyse(needs, text);
    int start = text.indexOf("123");
    int end = start + 11;
    assertTrue(a.near(SSN, start, end, 4, 0), "two tokens before: 'no', 'is'");
    assertFalse(a.near(SSN, start, end, 2, 0), "'social security' ends three tokens before");
    assertFalse(a.near(SSN, start, end, 0, 10), "'SSNs' and 'publicssn' are other words");
    assertFalse(a.near(SSN, start, end, 4, 0, text.indexOf("is")), "context before notBefore does not count");
    assertTrue(a.contains(SSN));
    assertFalse(analyse(needs, "a publicssn and ssns").contains(SSN));
  }

  @Test
  void nearCountsTokensOnBothSidesAndNeverInsideTheCandidate() {
    AnalysisNeeds needs = AnalysisNeeds.builder().phrases(SSN).build();
    String text = "123 45 6789 is my ssn";
    ValueAnalysis a = analyse(needs, text);
    assertTrue(a.near(SSN, 0, 11, 0, 3));
    assertFalse(a.near(SSN, 0, 11, 0, 2));
    ValueAnalysis inside = analyse(needs, "ssn");
    assertFalse(inside.near(SSN, 0, 3, 5, 5), "the candidate itself is not its context");
  }

  /**
   * Phrase questions are answered from the few tokens they are about; a brute-force search of
   * every phrase at every token of the value must give the same answers.
   */
  @Test
  void phraseQuestionsAgreeWithEveryOccurrenceFoundByBruteForce() {
    PhraseSet a = PhraseSet.of("a", "my name is", "name", "is", "name is", "soc sec");
    PhraseSet b = PhraseSet.of("b", "social security number", "security", "number", "sec", "my name");
    AnalysisNeeds needs = AnalysisNeeds.builder().phrases(a, b).build();
    ValueAnalyzer analyzer = ValueAnalyzer.of(needs);
    String[] words = {"my", "My", "NAME", "name", "is", "Is", "social", "security", "number", "soc", "sec", "x", "123", "names"};
    String[] gaps = {" ", " ", "-", ", ", ". ", ":", "'"};
    Random random = new Random(20261202L);
    int yes = 0;
    for (int i = 0; i < 20_000; i++) {
      String text = wordsAndGaps(random, words, gaps, 12);
      List<int[]> tokens = referenceTokens(text);
      ValueAnalysis v = analyzer.analyze(value("notes", text));
      for (PhraseSet set : List.of(a, b)) {
        List<int[]> hits = occurrences(set, text, tokens);
        assertEquals(!hits.isEmpty(), v.contains(set), text);
        for (int q = 0; q < 6 && !text.isEmpty(); q++) {
          int start = random.nextInt(text.length());
          int end = start + 1 + random.nextInt(Math.min(8, text.length() - start));
          int before = random.nextInt(5);
          int after = random.nextInt(5);
          int notBefore = random.nextInt(3) == 0 ? random.nextInt(text.length()) : 0;
          boolean expected = referenceNear(hits, tokens, start, end, before, after, notBefore);
          yes += expected ? 1 : 0;
          assertEquals(expected, v.near(set, start, end, before, after, notBefore),
              text + " [" + start + "," + end + ") before " + before + " after " + after + " notBefore " + notBefore);
          String gap = random.nextBoolean() ? " " : " :-";
          assertEquals(referenceEndsRightBefore(hits, tokens, text, start, gap), v.endsRightBefore(set, start, gap),
              text + " at " + start + " gap '" + gap + "'");
        }
      }
    }
    assertTrue(yes > 10_000, "the random questions must often be answered yes: " + yes);
  }

  /** {first token, last token} of every occurrence of a phrase of the set, by comparing folded tokens. */
  private static List<int[]> occurrences(PhraseSet set, String text, List<int[]> tokens) {
    List<int[]> out = new ArrayList<>();
    for (int f = 0; f < tokens.size(); f++) {
      for (List<String> phrase : set.phrases()) {
        int l = f + phrase.size() - 1;
        if (l >= tokens.size()) {
          continue;
        }
        boolean same = true;
        for (int k = 0; k < phrase.size() && same; k++) {
          int[] t = tokens.get(f + k);
          same = text.substring(t[0], t[1]).toLowerCase(Locale.ROOT).equals(phrase.get(k));
        }
        if (same) {
          out.add(new int[] {f, l});
        }
      }
    }
    return out;
  }

  private static boolean referenceNear(List<int[]> hits, List<int[]> tokens, int start, int end, int before, int after,
      int notBefore) {
    int first = 0;
    while (first < tokens.size() && tokens.get(first)[1] <= start) {
      first++;
    }
    int last = first - 1; // the last token that starts before end
    while (last + 1 < tokens.size() && tokens.get(last + 1)[0] < end) {
      last++;
    }
    for (int[] h : hits) {
      int phraseStart = tokens.get(h[0])[0];
      if (h[1] < first && h[1] >= first - before && tokens.get(h[1])[1] <= start && phraseStart >= notBefore) {
        return true;
      }
      if (h[0] > last && h[0] <= last + after && phraseStart >= end && phraseStart >= notBefore) {
        return true;
      }
    }
    return false;
  }

  private static boolean referenceEndsRightBefore(List<int[]> hits, List<int[]> tokens, String text, int offset, String gap) {
    int e = offset;
    while (e > 0 && gap.indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    for (int[] h : hits) {
      if (e > 0 && tokens.get(h[1])[1] == e) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aScreenedSetIsRuledOutOnlyWhereNoPhraseOccurs() {
    // Phrases of ASCII words, one with a word outside ASCII, one made of such words only.
    PhraseSet labels = PhraseSet.of("labels", "passport no", "dl", "kit", "número de identidad", "henkilötunnus");
    PhraseSet unscreened = PhraseSet.of("unscreened", "passport");
    PhraseSet foreign = PhraseSet.of("foreign", "henkilötunnus", "número");
    AnalysisNeeds needs = AnalysisNeeds.builder().screened(labels, foreign).phrases(unscreened).build();
    ValueAnalyzer analyzer = ValueAnalyzer.of(needs);
    // Words in any case, inside other words, and chars outside ASCII that fold to ASCII letters
    // (the Kelvin sign to 'k', the dotted capital I to 'i'), which the ASCII automaton does not fold.
    String[] words = {"passport", "PASSPORT", "passports", "no", "No", "dl", "DL", "handle", "kit", "\u212Ait", "K\u0130T",
        "número", "NÚMERO", "numero", "de", "identidad", "henkilötunnus", "HENKILÖTUNNUS", "x", "123", "Ok"};
    String[] gaps = {" ", " ", "-", ", ", "#", ":", "’"};
    Random random = new Random(20261203L);
    int ruledOut = 0;
    int maybe = 0;
    for (int i = 0; i < 20_000; i++) {
      String text = wordsAndGaps(random, words, gaps, 8);
      ValueAnalysis v = analyzer.analyze(value("notes", text));
      for (PhraseSet set : List.of(labels, foreign)) {
        boolean contains = v.contains(set);
        boolean may = v.mayContain(set);
        assertTrue(may || !contains, set + " ruled out but occurs in: " + text);
        ruledOut += may ? 0 : 1;
        maybe += may && !contains ? 1 : 0;
      }
      assertTrue(v.mayContain(unscreened), "a set declared without a screen is never ruled out");
    }
    assertTrue(ruledOut > 5_000, "the screen rules out values: " + ruledOut);
    assertTrue(maybe > 0, "and is only a necessary condition: " + maybe);
    assertThrows(IllegalArgumentException.class, () -> analyse(AnalysisNeeds.none(), "x").mayContain(labels));
  }

  /** Fewer than {@code maxWords} random words, each followed by a random gap. */
  private static String wordsAndGaps(Random random, String[] words, String[] gaps, int maxWords) {
    StringBuilder sb = new StringBuilder();
    for (int k = random.nextInt(maxWords); k > 0; k--) {
      sb.append(words[random.nextInt(words.length)]).append(gaps[random.nextInt(gaps.length)]);
    }
    return sb.toString();
  }

  @Test
  void endsRightBeforeAllowsOnlyTheGapChars() {
    AnalysisNeeds needs = AnalysisNeeds.builder().phrases(CUES).build();
    String text = "Hi, my name is: Jane. I'm Omar. name. Lee";
    ValueAnalysis a = analyse(needs, text);
    assertTrue(a.endsRightBefore(CUES, text.indexOf("Jane"), " :"));
    assertTrue(a.endsRightBefore(CUES, text.indexOf("Omar"), " "), "i m: words joined by an apostrophe");
    assertFalse(a.endsRightBefore(CUES, text.indexOf("Lee"), " "), "a full stop is not in the gap");
    assertFalse(a.endsRightBefore(CUES, text.indexOf("Jane"), " "), "nor is the colon here");
  }

  @Test
  void keywordsAreFoundOnceForEverySetLikeANaiveSearch() {
    KeywordSet one = KeywordSet.of("one", List.of("he", "she", "his", "hers", "ghp_", "sk-ant-", "://"));
    KeywordSet two = KeywordSet.of("two", List.of("A", "aa", "key", "HE"));
    AnalysisNeeds needs = AnalysisNeeds.builder().keywords(one, two).build();
    ValueAnalyzer analyzer = ValueAnalyzer.of(needs);
    Random random = new Random(3);
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0, n = random.nextInt(60); i < n; i++) {
        sb.append("ahesrkyg_p:/-ÄHE".charAt(random.nextInt(16)));
      }
      String text = sb.toString();
      ValueAnalysis a = analyzer.analyze(value("f", text));
      for (KeywordSet set : List.of(one, two)) {
        List<String> expected = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int end = 1; end <= text.length(); end++) {
          for (int k = 0; k < set.keywords().size(); k++) {
            String w = set.keywords().get(k);
            if (end >= w.length() && lower.startsWith(w, end - w.length())) {
              expected.add(k + "@" + end);
            }
          }
        }
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < a.keywordHits(set); i++) {
          actual.add(a.keywordHit(set, i) + "@" + a.keywordHitEnd(set, i));
        }
        assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList(), text);
      }
    }
  }

  @Test
  void fieldTraitsAreDecidedOncePerFieldPath() {
    AtomicInteger calls = new AtomicInteger();
    FieldTrait counted = FieldTrait.of("counted", p -> {
      calls.incrementAndGet();
      return p.hasWord("ssn");
    });
    FieldTrait words = FieldTrait.words("social", "social security");
    ValueAnalyzer analyzer = ValueAnalyzer.of(AnalysisNeeds.builder().traits(counted, words).build());
    FieldValue a = value("customerSSN", "1");
    FieldValue b = value("social_security_no", "2");
    for (int i = 0; i < 5; i++) {
      assertTrue(analyzer.analyze(a).has(counted));
      assertFalse(analyzer.analyze(b).has(counted));
      assertTrue(analyzer.analyze(b).has(words));
    }
    assertEquals(2, calls.get());
  }

  @Test
  void askingAboutAnUndeclaredSetNamesIt() {
    ValueAnalysis a = analyse(AnalysisNeeds.none(), "x");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.contains(SSN));
    assertTrue(e.getMessage().contains("ssn"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> a.keywordHits(KeywordSet.of("k", List.of("x"))));
    assertThrows(IllegalArgumentException.class, () -> a.has(FieldTrait.of("t", p -> true)));
  }

  @Test
  void setsRejectWhatCannotMatch() {
    assertThrows(IllegalArgumentException.class, () -> PhraseSet.of("empty"));
    assertThrows(IllegalArgumentException.class, () -> PhraseSet.of("punctuation", "--"));
    assertThrows(IllegalArgumentException.class, () -> KeywordSet.of("k", List.of("")));
    assertThrows(IllegalArgumentException.class, () -> KeywordSet.of("k", List.of("schlüssel")));
  }

  /** A detector written against the old interface only: the default method hands it the value. */
  @Test
  void legacyDetectorsSeeTheValueThroughTheDefaultMethod() {
    InfoType type = new InfoType("X", "TEST", "TEST/X", io.datasieve.Severity.LOW);
    List<String> seen = new ArrayList<>();
    Detector legacy = new Detector() {
      @Override public String id() { return "legacy"; }
      @Override public List<InfoType> infoTypes() { return List.of(type); }
      @Override public void detect(FieldValue v, MatchSink sink) { seen.add(v.field() + "=" + v.text() + "@" + v.record()); }
    };
    ValueAnalyzer analyzer = ValueAnalyzer.forDetectors(List.of(legacy));
    legacy.detect(analyzer.analyze(value("f", "abc")), (t, s, e, c, x) -> {});
    assertEquals(List.of("f=abc@7"), seen);
    assertFalse(legacy.fingerprints(type));
  }

  /** Every method but the digit-bearing list delegated: what another implementation gets from the defaults. */
  private record TokensOnly(ValueAnalysis a) implements ValueAnalysis {
    @Override public DatasetResource resource() { return a.resource(); }
    @Override public long record() { return a.record(); }
    @Override public FieldPath field() { return a.field(); }
    @Override public String text() { return a.text(); }
    @Override public int tokenCount() { return a.tokenCount(); }
    @Override public int tokenStart(int t) { return a.tokenStart(t); }
    @Override public int tokenEnd(int t) { return a.tokenEnd(t); }
    @Override public int tokenFlags(int t) { return a.tokenFlags(t); }
    @Override public int tokenAt(int offset) { return a.tokenAt(offset); }
    @Override public int nextDigit(int from) { return a.nextDigit(from); }
    @Override public int digitTokenCount() { return a.digitTokenCount(); }
    @Override public int digitToken(int k) { return a.digitToken(k); }
    @Override public int capitalisedTokenCount() { return a.capitalisedTokenCount(); }
    @Override public int capitalisedToken(int k) { return a.capitalisedToken(k); }
    @Override public boolean near(PhraseSet set, int start, int end, int before, int after) { return a.near(set, start, end, before, after); }
    @Override public boolean near(PhraseSet set, int start, int end, int before, int after, int notBefore) {
      return a.near(set, start, end, before, after, notBefore);
    }
    @Override public boolean endsRightBefore(PhraseSet set, int offset, String gap) { return a.endsRightBefore(set, offset, gap); }
    @Override public boolean contains(PhraseSet set) { return a.contains(set); }
    @Override public int keywordHits(KeywordSet set) { return a.keywordHits(set); }
    @Override public int keywordHit(KeywordSet set, int i) { return a.keywordHit(set, i); }
    @Override public int keywordHitEnd(KeywordSet set, int i) { return a.keywordHitEnd(set, i); }
    @Override public boolean has(FieldTrait trait) { return a.has(trait); }
  }
}
