package io.datasieve.detectors;

import io.datasieve.spi.ValueAnalysis;
import io.datasieve.spi.FieldTrait;
import io.datasieve.spi.PhraseSet;
import io.datasieve.spi.AnalysisNeeds;
import io.datasieve.spi.AnalyzingDetector;
import io.datasieve.InfoType;
import io.datasieve.Severity;
import io.datasieve.spi.FieldPath;
import io.datasieve.spi.MatchSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Person names, from a gazetteer, context and the OpenNLP English POS tagger.
 *
 * <p>In a name-like field ({@code first_name}, {@code customer_name}, {@code $.holder.name}; not
 * {@code file_name} or {@code $.product.name}) the whole value is a name when it is one to four
 * capitalised words, more confidently when one is a known first name or surname.
 *
 * <p>In free text, candidates are runs of one to four capitalised words (all-capitals words are
 * not candidates). A candidate is a name when it follows an honorific ("Mr.", "Dr", "Dear") or a
 * strong cue ("my name is", "call me", "signed"), or when it starts with a known first name
 * followed by another capitalised word ("Jane Doe"). Names that are also common words (May,
 * Will, Bill, months, days) need an honorific, a cue or a known surname after them. Candidates
 * resting on the gazetteer alone are confirmed by the POS tagger, run on a short window around
 * them only: the tagger must call the first word a proper noun ("Will Smith" yes, "Will you"
 * no). A known first name alone is weak evidence, reported only in a column of names.
 *
 * <p>Optionally, a user's OpenNLP {@link TokenNameFinderModel} (such as a trained {@code
 * en-ner-person.bin}) also runs on every text value, sentence by sentence.
 */
public final class PersonNameDetector extends AnalyzingDetector {
  /** The info type reported. */
  public static final InfoType PERSON_NAME = new InfoType("PERSON_NAME", "PII", "PII/Name", Severity.MEDIUM);

  /** The detector's id. */
  public static final String ID = "person-name";

  private static final FoldedWords HONORIFICS = PiiWords.words(ID, "honorifics");
  /** Months and days: never a first name without a title or cue. */
  private static final FoldedWords CALENDAR = PiiWords.words(ID, "calendar");
  /** Values that stand for a missing value ("nan", "null"): never a name. */
  private static final FoldedWords NOT_NAMES = PiiWords.words(ID, "placeholders");

  /** Cues that introduce a name directly: whatever capitalised word follows is taken. */
  private static final PhraseSet DIRECT_CUES = PiiWords.phrases(ID, "directCues", "direct name cues");
  /** Cues often followed by a name, but also by other things ("from May"): not common words. */
  private static final PhraseSet CUES = PiiWords.phrases(ID, "cues", "name cues");
  /**
   * Prepositions often followed by a name ("escalated to Maya", "a note from Omar"), and as often by
   * a place or firm ("to Las Vegas", "from Acme"): only a known name counts after them. The POS
   * tagger cannot tell these apart (all are proper nouns), so it is not asked.
   */
  private static final PhraseSet PREPOSITIONS = PiiWords.phrases(ID, "prepositions", "prepositions before names");
  /** Words of a field name that make it hold a person's name ("full_name", "givenName"). */
  private static final Set<String> NAME_FIELD_WORDS = PiiWords.set(ID, "nameFieldWords");
  /** Leaf words that make a name field a firm's ("account_name", "merchant_name"). */
  private static final Set<String> FIRM_FIELD_WORDS = PiiWords.set(ID, "firmFieldWords");
  /** Leaf words naming a person's role, which keep a field a person's name ("account_holder_name"). */
  private static final Set<String> PERSON_ROLE_FIELD_WORDS = PiiWords.set(ID, "personRoleFieldWords");
  /** Leaf names that hold a part of a name when their parent is a name ("name.first", "name.family"). */
  private static final Set<String> NAME_PART_FIELD_WORDS = PiiWords.set(ID, "namePartFieldWords");
  /** Words anywhere in a field's path that make its "name" something else ("product.name", "file_name"). */
  private static final Set<String> NOT_NAME_FIELD = PiiWords.set(ID, "notNameFieldWords");

  /** Last words that make a street of capitalised words; none of them is a common surname. */
  private static final FoldedWords STREET_SUFFIXES = PiiWords.words(ID, "streetSuffixes");
  /** Words that start a street's name in many languages ("Rue", "Via", "Avenida", "ul."). */
  private static final FoldedWords STREET_PREFIXES = PiiWords.words(ID, "streetPrefixes");
  /**
   * Last words that make an organisation or a place of capitalised words ("Golden Energy", "North
   * Health", "Jordan Logistics", "Hill Place"); none is a common surname after a first name.
   */
  private static final FoldedWords ORGANISATION_OR_PLACE_WORDS = PiiWords.words(ID, "organisationOrPlaceWords");

  /** Last words of fields that hold a place or an organisation ("billing_city", "company"). */
  private static final Set<String> PLACE_OR_ORGANISATION_WORDS = PiiWords.set(ID, "placeFieldWords");
  /** Field words that make a field hold something else than the place itself ("email_address", "ip_address"). */
  private static final Set<String> NOT_A_PLACE = PiiWords.set(ID, "notPlaceFieldWords");
  /**
   * A field whose leaf name ends in a place or organisation word: a short capitalised value there
   * is a place or firm ("Mill Village", "Morgan Stanley"), unless a cue says otherwise. Not notes
   * or comments about them ("hospital_notes"), whose last word is another.
   */
  private static final FieldTrait PLACE_OR_ORGANISATION_FIELD = FieldTrait.of("holds places or organisations", f -> {
    List<String> w = f.words();
    if (w.isEmpty()) {
      return false;
    }
    // The name of a firm: "account_name", "merchant_name" (not "account_holder_name").
    if (w.get(w.size() - 1).equals("name") && w.stream().anyMatch(FIRM_FIELD_WORDS::contains)
        && w.stream().noneMatch(PERSON_ROLE_FIELD_WORDS::contains)) {
      return true;
    }
    return PLACE_OR_ORGANISATION_WORDS.contains(w.get(w.size() - 1)) && w.stream().noneMatch(NOT_A_PLACE::contains);
  });
  /** Values up to this long in a place field are read as the place itself. */
  private static final int SHORT_VALUE = 80;

  /** Between a cue and the name: "Dear: Jane", "my name is Jane", "I'm Jane". */
  private static final String CUE_GAP = " :,-'";
  private static final FieldTrait NAME_FIELD = FieldTrait.of("holds person names", PersonNameDetector::fieldHoldsNames);
  private static final AnalysisNeeds NEEDS = AnalysisNeeds.builder().phrases(DIRECT_CUES, CUES, PREPOSITIONS).traits(NAME_FIELD, PLACE_OR_ORGANISATION_FIELD).build();


  private final TokenNameFinderModel customModel;
  private final ThreadLocal<NameFinderME> customFinder;

  private final boolean builtInModel;

  /**
   * The gazetteer and context rules, without the built-in statistical model (the default until
   * the model's cost per value fits the throughput guard; see the README, Names).
   */
  public PersonNameDetector() {
    this(false);
  }

  /**
   * The rules, with the built-in statistical name model when {@code builtInModel} is true: it reads
   * text values around the words the rules leave in doubt (better recall on prose, a higher cost).
   */
  public PersonNameDetector(boolean builtInModel) {
    this.builtInModel = builtInModel;
    this.customModel = null;
    this.customFinder = null;
  }

  /**
   * The rules plus a user's OpenNLP person-name model, loaded now so a bad file fails at build
   * time.
   *
   * @throws UncheckedIOException naming the file when it cannot be read as a name finder model
   */
  public PersonNameDetector(Path nameFinderModel) {
    this(nameFinderModel, false);
  }

  /**
   * The rules, a user's OpenNLP person-name model (none when {@code nameFinderModel} is null), and
   * the built-in model when {@code builtInModel} is true.
   *
   * @throws UncheckedIOException naming the file when it cannot be read as a name finder model
   */
  public PersonNameDetector(Path nameFinderModel, boolean builtInModel) {
    this.builtInModel = builtInModel;
    if (nameFinderModel == null) {
      this.customModel = null;
      this.customFinder = null;
      return;
    }
    try (InputStream in = Files.newInputStream(nameFinderModel)) {
      this.customModel = new TokenNameFinderModel(in);
    } catch (IOException | RuntimeException e) {
      throw new UncheckedIOException(new IOException(
          "cannot load the OpenNLP name finder model " + nameFinderModel + ": " + e.getMessage(), e));
    }
    this.customFinder = ThreadLocal.withInitial(() -> new NameFinderME(customModel));
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<InfoType> infoTypes() {
    return List.of(PERSON_NAME);
  }

  @Override
  public AnalysisNeeds needs() {
    return NEEDS;
  }

  @Override
  public void detect(ValueAnalysis value, MatchSink sink) {
    String s = value.text();
    boolean prose = builtInModel && prose(value); // asked only for the model: no cost to the rules alone
    if (customModel == null && !prose && value.capitalisedTokenCount() == 0 && !value.has(NAME_FIELD)) {
      return; // no capitalised word and no text: no candidate
    }
    List<int[]> found = new ArrayList<>(2);
    if (s.length() <= 80 && value.has(NAME_FIELD) && wholeValue(s, sink, found)) {
      return;
    }
    List<Candidate> rules = new ArrayList<>(2);
    freeText(value, rules);
    List<Candidate> model = prose && builtInModel ? model(value, rules) : List.of();
    combine(s, rules, model, sink, found);
    if (customModel != null) {
      custom(s, sink, found);
    }
  }

  /** A name-like field: the whole (trimmed) value. */
  private static boolean wholeValue(String s, MatchSink sink, List<int[]> found) {
    int start = 0;
    int end = s.length();
    while (start < end && Words.whitespace(s.charAt(start))) {
      start++;
    }
    while (end > start && Words.whitespace(s.charAt(end - 1))) {
      end--;
    }
    // One to four words separated by whitespace and commas, each capitalised letters (and ' - ’),
    // optionally ending in a full stop. Walked in place: this runs for every value of a name column.
    boolean known = false;
    int words = 0;
    int i = start;
    while (i < end) {
      int w = i;
      while (i < end && !Words.whitespace(s.charAt(i)) && s.charAt(i) != ',') {
        i++;
      }
      int e = i > w && s.charAt(i - 1) == '.' ? i - 1 : i;
      if (w < i && ++words > 4) {
        return false;
      }
      if (w < i) {
        if (e == w || !Words.upperCase(s.charAt(w))) {
          return false;
        }
        for (int k = w; k < e; k++) {
          char c = s.charAt(k);
          if (!Words.letter(c) && c != '\'' && c != '-' && c != '’') {
            return false;
          }
        }
        known = known || (NameGazetteer.bits(s, w, e) & (NameGazetteer.FIRST | NameGazetteer.SURNAME)) != 0;
      }
      while (i < end && (Words.whitespace(s.charAt(i)) || s.charAt(i) == ',')) {
        i++;
      }
    }
    if (words == 0) {
      return false;
    }
    sink.match(PERSON_NAME, start, end, known ? 0.9 : 0.7, known ? "name-like field; known name" : "name-like field; capitalised words");
    found.add(new int[] {start, end});
    return true;
  }

  /** A name found by the rules or the model, before the two are combined. */
  private record Candidate(int start, int end, double confidence, String why, boolean cued) {
    boolean overlaps(Candidate o) {
      return start < o.end && o.start < end;
    }
  }

  /**
   * One finding per name: where the model and the rules agree, the model's span (it keeps a title:
   * "Dr. Lee") with the higher confidence raised a little; a candidate of either alone as it is.
   */
  private static void combine(String s, List<Candidate> rules, List<Candidate> model, MatchSink sink, List<int[]> found) {
    for (Candidate m : model) {
      Candidate agreed = null;
      for (Candidate r : rules) {
        if (r.overlaps(m)) {
          agreed = r;
        }
      }
      if (agreed == null) {
        emit(m, s, sink, found);
      } else {
        double c = Math.min(0.95, Math.max(agreed.confidence, m.confidence) + 0.05);
        emit(new Candidate(Math.min(m.start, agreed.start), Math.max(m.end, agreed.end), c, m.why + "; " + agreed.why,
            agreed.cued), s, sink, found);
      }
    }
    for (Candidate r : rules) {
      boolean taken = false;
      for (Candidate m : model) {
        taken |= r.overlaps(m);
      }
      if (!taken) {
        emit(r, s, sink, found);
      }
    }
  }

  /** Records a name, with the title written right before it ("Mr. Ford", "Dr Lee"): the name as written. */
  private static void emit(Candidate c, String s, MatchSink sink, List<int[]> found) {
    int start = titleBefore(s, c.start);
    for (int[] f : found) {
      if (start < f[1] && f[0] < c.end) {
        return; // the model and the rules agreed on it already, through another candidate
      }
    }
    sink.match(PERSON_NAME, start, c.end, c.confidence, c.why);
    found.add(new int[] {start, c.end});
  }

  /** The start of a title ending right before {@code start} (one space, an optional full stop), or {@code start}. */
  private static int titleBefore(String s, int start) {
    int e = start;
    if (e == 0 || s.charAt(e - 1) != ' ') {
      return start;
    }
    e--;
    int dot = e > 0 && s.charAt(e - 1) == '.' ? 1 : 0;
    int b = e - dot;
    while (b > 0 && Words.letter(s.charAt(b - 1))) {
      b--;
    }
    return b < e - dot && (b == 0 || !Words.letterOrDigit(s.charAt(b - 1))) && HONORIFICS.contains(s, b, e - dot)
        && !s.regionMatches(true, b, "dear", 0, 4) ? b : start; // "Dear" greets: not part of the name
  }

  private static void freeText(ValueAnalysis value, List<Candidate> out) {
    String s = value.text();
    int n = s.length();
    int i = 0;
    int tokens = value.tokenCount();
    // The candidate's words, as [start, end) pairs (end after a trailing full stop); reused.
    int[] ws = new int[4];
    int[] we = new int[4];
    int[] wb = new int[4];
    for (int t = value.tokenAt(0); t < tokens; t = t + 1) {
      // Candidates start at a token with an upper-case first letter; the rest is skipped unread.
      if ((value.tokenFlags(t) & ValueAnalysis.UPPER_FIRST) == 0 || value.tokenStart(t) < i) {
        continue;
      }
      i = value.tokenStart(t);
      if (!isCapitalisedWordAt(s, i)) {
        continue;
      }
      // Up to four capitalised words (or initials) separated by single spaces.
      int count = 0;
      int j = i;
      while (true) {
        int e = wordEnd(s, j);
        ws[count] = j;
        we[count] = e;
        count++;
        if (count < 4 && e + 1 < n && s.charAt(e) == ' ' && isCapitalisedWordAt(s, e + 1)) {
          j = e + 1;
        } else {
          break;
        }
      }
      int end = we[count - 1];
      if (s.startsWith("'s", end - 2) || s.startsWith("’s", end - 2)) {
        end -= 2;
      }
      // What each word is, from one gazetteer lookup per word (without a trailing full stop).
      for (int k = 0; k < count; k++) {
        wb[k] = NameGazetteer.bits(s, ws[k], bareEnd(s, ws[k], we[k]));
      }
      // A leading title is not part of the name ("Mr Haddad"), nor is a leading capitalised word
      // that is no name ("Yesterday Grace Hopper").
      boolean honorific = previousWordIsHonorific(s, ws[0]);
      int w0 = 0;
      while (count - w0 > 1) {
        boolean title = HONORIFICS.contains(s, ws[w0], bareEnd(s, ws[w0], we[w0]));
        boolean noName = (wb[w0] & (NameGazetteer.FIRST | NameGazetteer.SURNAME)) == 0 && (wb[w0 + 1] & NameGazetteer.FIRST) != 0;
        if (!title && !noName) {
          break;
        }
        honorific |= title;
        w0++;
      }
      int start = ws[w0];
      int firstEnd = bareEnd(s, start, we[w0]);
      boolean direct = honorific || value.endsRightBefore(DIRECT_CUES, start, CUE_GAP);
      boolean cue = !direct && value.endsRightBefore(CUES, start, CUE_GAP);
      boolean common = (wb[w0] & NameGazetteer.COMMON) != 0;
      boolean firstName = (wb[w0] & NameGazetteer.FIRST) != 0;
      boolean knownFirst = firstName && !common;
      boolean knownSurname = false;
      for (int k = w0 + 1; k < count; k++) {
        knownSurname |= (wb[k] & NameGazetteer.SURNAME) != 0;
      }
      int words = count - w0;
      // Cheap evidence against a name, before any model runs: the candidate ends in a street
      // suffix ("Brown St", "Johnson Avenue"), or the field holds places or organisations.
      boolean place = false;
      if (words >= 2) {
        int lastEnd = bareEnd(s, ws[count - 1], we[count - 1]);
        place = STREET_SUFFIXES.contains(s, ws[count - 1], lastEnd) || ORGANISATION_OR_PLACE_WORDS.contains(s, ws[count - 1], lastEnd);
      }
      place = place || s.length() <= SHORT_VALUE && value.has(PLACE_OR_ORGANISATION_FIELD);
      if (place && !direct) {
        i = Math.max(end, i + 1);
        continue;
      }
      double confidence = 0;
      String why = null;
      if (direct) {
        confidence = knownFirst || knownSurname ? 0.9 : 0.75;
        why = honorific ? "after an honorific" : "after a name cue";
      } else if (cue && !common && (knownFirst || knownSurname || properNoun(s, start))) {
        confidence = knownFirst || knownSurname ? 0.85 : 0.7;
        why = "after a greeting, introduction or signature" + (knownFirst || knownSurname ? "; known name" : "; proper noun");
      } else if (!common && (knownFirst || knownSurname) && value.endsRightBefore(PREPOSITIONS, start, CUE_GAP)) {
        confidence = 0.85;
        why = "known name after a preposition";
      } else if (knownFirst && knownSurname && words >= 2) {
        // Cheap evidence decides: a known first name that is no common word, then a known surname.
        confidence = 0.9;
        why = "known first name and surname";
      } else if (knownFirst && words == 2 && initial(s, ws[w0 + 1], we[w0 + 1])) {
        // A known first name and an initial ("Priya S."): nothing else is written that way.
        confidence = 0.85;
        why = "known first name and an initial";
      } else if (knownFirst && words >= 2) {
        // A known first name that is no common word, then another capitalised word.
        confidence = 0.85;
        why = "known first name and a capitalised word";
      } else if (common && knownSurname && words >= 2 && properNoun(s, start)) {
        // Doubt left: a first name that is also a word ("Will Smith", "Will Power"); the tagger decides.
        confidence = 0.9;
        why = "known first name and surname; tagged as a proper noun";
      } else if (common && firstName && words >= 2 && !CALENDAR.contains(s, start, firstEnd)
          && ProperNouns.both(s, start, ws[w0 + 1])) {
        confidence = 0.75;
        why = "first name that is also a word, with another proper noun; tagged as proper nouns";
      } else if (knownFirst && words == 1) {
        confidence = 0.35;
        why = "known first name alone";
      }
      if (why != null && start < end) {
        if (direct || cue || !partOfPlace(s, start, end, false)) {
          out.add(new Candidate(start, end, confidence, why, direct || cue));
        }
      }
      i = Math.max(end, i + 1);
    }
  }

  /**
   * Text that the name model reads: at least two words of letters. Ids, numbers, codes and single
   * words are left to the gazetteer and the column.
   */
  private static boolean prose(ValueAnalysis value) {
    if ((value.valueFlags() & ValueAnalysis.HAS_LETTER) == 0 || value.text().indexOf(' ') < 0) {
      return false; // no letters, or one word (an email address, a URL, an id)
    }
    int words = 0;
    for (int t = 0, n = value.tokenCount(); t < n; t++) {
      if ((value.tokenFlags(t) & ValueAnalysis.LETTERS) != 0 && value.tokenEnd(t) - value.tokenStart(t) > 1 && ++words == 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * Text written in lower case (chat): fewer than one word in ten capitalised. In text with
   * capitals, a word in lower case is hardly ever a name.
   */
  private static boolean lowerCaseText(ValueAnalysis value) {
    int words = 0;
    for (int t = 0, n = value.tokenCount(); t < n; t++) {
      words += (value.tokenFlags(t) & ValueAnalysis.HAS_LETTER) != 0 ? 1 : 0;
    }
    return value.capitalisedTokenCount() * 10 < words;
  }

  /** The built-in name model, on text: its names that no rule found, after the checks it cannot make. */
  /** Rule findings at least this confident are not put to the model: cheap evidence decided them. */
  private static final double SETTLED = 0.75;

  private static List<Candidate> model(ValueAnalysis value, List<Candidate> rules) {
    String s = value.text();
    if (s.length() <= SHORT_VALUE && value.has(PLACE_OR_ORGANISATION_FIELD)) {
      return List.of();
    }
    List<Candidate> out = new ArrayList<>(2);
    boolean lowerCaseText = lowerCaseText(value);
    PersonNameModel.Settled settled = offset -> {
      for (Candidate r : rules) {
        if (r.confidence >= SETTLED && r.start <= offset && offset < r.end) {
          return true;
        }
      }
      return false;
    };
    PersonNameModel.find(NameTokens.of(s), lowerCaseText, settled, (start, end, p) -> {
      int known = 0;
      boolean capitalised = false;
      boolean allWords = true;
      int lastStart = start;
      int words = 0;
      for (int i = start; i < end; ) {
        while (i < end && !Words.letter(s.charAt(i))) {
          i++;
        }
        if (i >= end) {
          break;
        }
        int e = NameTokens.wordEnd(s, i);
        int bits = PersonNameModel.bits(s, i, e);
        boolean title = HONORIFICS.contains(s, i, e);
        if (!title) {
          known |= bits & (PersonNameModel.FIRST | PersonNameModel.LAST);
          allWords &= (bits & PersonNameModel.WORD) != 0 && (bits & (PersonNameModel.FIRST | PersonNameModel.LAST)) == 0;
          capitalised |= Words.upperCase(s.charAt(i));
          words++;
          lastStart = i;
        }
        i = e;
      }
      if (words == 0 || allWords || NOT_NAMES.contains(s, start, end) || !standsAlone(s, start, end)) {
        return; // a title alone, common words, a placeholder for a missing value ("nan")
      }
      if (!capitalised && (known == 0 || !lowerCaseText)) {
        return; // a lower-case name only in lower-case text, and only a known one
      }
      int lastEnd = NameTokens.wordEnd(s, lastStart);
      if (words >= 2 && (STREET_SUFFIXES.contains(s, lastStart, lastEnd) || ORGANISATION_OR_PLACE_WORDS.contains(s, lastStart, lastEnd))) {
        return;
      }
      double confidence = Math.min(0.95, 0.55 + 0.3 * p + (known != 0 ? 0.1 : 0));
      if (!partOfPlace(s, start, end, true)) {
        out.add(new Candidate(start, end, confidence, String.format(java.util.Locale.ROOT, "name model (p=%.2f)%s", p,
            known != 0 ? "; known name" : ""), false));
      }
    });
    return out;
  }

  /**
   * Whether the words {@code s[start, end)} name a place, a street or a firm rather than a person
   * ({@code modelLoaded}: the name model runs, so its larger dictionaries can be asked):
   * a country or city that is no first name or surname ("Costa Rica", but not "Jordan"); words
   * after a house number or a street word ("12 Rue Victor Hugo", "Via Carlo Cattaneo"); the first
   * words of a longer run of capitalised words that ends in a street, place or firm word ("Warszawa
   * Country Club", "Joaquin Suarez Avenue").
   */
  static boolean partOfPlace(String s, int start, int end, boolean modelLoaded) {
    // The model's dictionaries when the model runs anyway; else the rules' lists (no model is loaded for the rules).
    boolean name;
    boolean place = Countries.contains(s, start, end);
    if (modelLoaded) {
      int bits = PersonNameModel.bits(s, start, end);
      name = (bits & (PersonNameModel.FIRST | PersonNameModel.LAST)) != 0;
      place |= (bits & PersonNameModel.PLACE) != 0;
    } else {
      name = (NameGazetteer.bits(s, start, end) & (NameGazetteer.FIRST | NameGazetteer.SURNAME)) != 0;
    }
    if (place && !name) {
      return true;
    }
    if (start > 1 && s.charAt(start - 1) == '-' && Character.isDigit(s.charAt(start - 2))) {
      return true; // a label glued to a number: "555-0100-Fax"
    }
    // The word before: a street word or a house number standing alone.
    int e = start;
    while (e > 0 && (s.charAt(e - 1) == ' ' || s.charAt(e - 1) == '.')) {
      e--;
    }
    int b = e;
    while (b > 0 && Words.letterOrDigit(s.charAt(b - 1))) {
      b--;
    }
    if (place && (e > 0 && s.charAt(e - 1) == ',' || b < e && PLACE_PREPOSITIONS.contains(s, b, e) || digitsAfter(s, end))) {
      return true; // a place that is also a name, where places are written: "from Israel", ", Dominica 98955"
    }
    if (b < e && e < start) {
      if (STREET_PREFIXES.contains(s, b, e)) {
        return true;
      }
      boolean digits = true;
      for (int i = b; i < e; i++) {
        digits &= s.charAt(i) >= '0' && s.charAt(i) <= '9';
      }
      if (digits && e - b <= 5 && s.charAt(e) == ' ') {
        return true;
      }
    }
    if (afterAStreet(s, start) && (end >= s.length() || s.charAt(end) != ':')) {
      return true;
    }
    // The capitalised words right after it, up to the first that ends the run.
    int i = end;
    for (int k = 0; k < 4 && i + 1 < s.length() && s.charAt(i) == ' ' && Words.upperCase(s.charAt(i + 1)); k++) {
      int w = i + 1;
      int we = NameTokens.wordEnd(s, w);
      if (STREET_SUFFIXES.contains(s, w, we) || ORGANISATION_OR_PLACE_WORDS.contains(s, w, we)) {
        return true;
      }
      i = we < s.length() && s.charAt(we) == '.' ? we + 1 : we;
    }
    return false;
  }

  /**
   * Whether the words at {@code start} follow a street in an address: they begin a line whose
   * previous line holds a number ("12 Rue X\nApt. 3\nMontijo"), or they follow a comma after a
   * part that starts or ends with a number ("Via Nizza 60, Vascon", "31 Fitjabraut 85, Räsna").
   * Names in address blocks come before the street, not after it.
   */
  static boolean afterAStreet(String s, int start) {
    int i = start;
    while (i > 0 && s.charAt(i - 1) != '\n' && !Words.letterOrDigit(s.charAt(i - 1)) && s.charAt(i - 1) != ',') {
      i--;
    }
    if (i == 0) {
      return false;
    }
    char before = s.charAt(i - 1);
    if (before == '\n') {
      int lineEnd = i - 1;
      while (lineEnd > 0 && s.charAt(lineEnd - 1) == '\n' || lineEnd > 0 && s.charAt(lineEnd - 1) == '\r') {
        lineEnd--;
      }
      boolean number = false;
      for (int k = lineEnd - 1; k >= 0 && s.charAt(k) != '\n'; k--) {
        if (s.charAt(k) == ':') {
          return false; // a line of a chat log or a form ("[10:42] Ann: ok", "Phone: 555 0100")
        }
        number |= s.charAt(k) >= '0' && s.charAt(k) <= '9';
      }
      return number;
    }
    if (before != ',') {
      return false;
    }
    int partEnd = i - 1;
    while (partEnd > 0 && s.charAt(partEnd - 1) == ' ') {
      partEnd--;
    }
    int partStart = partEnd;
    while (partStart > 0 && s.charAt(partStart - 1) != ',' && s.charAt(partStart - 1) != '\n' && s.charAt(partStart - 1) != ':') {
      partStart--;
    }
    while (partStart < partEnd && s.charAt(partStart) == ' ') {
      partStart++;
    }
    return partEnd > partStart && (Character.isDigit(s.charAt(partEnd - 1)) || Character.isDigit(s.charAt(partStart)));
  }

  /**
   * Whether {@code s[start, end)} is words of letters standing apart from what is around them: not
   * a piece of an identifier, a token, a path or an address ("fm2_8YMiQ...", "lin_api_...",
   * "/home/anna", "anna@example.com"), and no digit inside.
   */
  private static boolean standsAlone(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c) || c == '_' || c == '/' || c == '@' || c == '=') {
        return false;
      }
    }
    if (start > 0 && glue(s.charAt(start - 1))) {
      return false;
    }
    return end >= s.length() || !glue(s.charAt(end)) && !(s.charAt(end) == '.' && end + 1 < s.length()
        && Words.letterOrDigit(s.charAt(end + 1)));
  }

  private static boolean glue(char c) {
    return Words.letterOrDigit(c) || c == '_' || c == '/' || c == '\\' || c == '@' || c == '=' || c == '+' || c == '%'
        || c == '#' || c == '$' || c == '&';
  }

  /** Whether a number follows {@code end} after spaces: a postcode after a place. */
  private static boolean digitsAfter(String s, int end) {
    int i = end;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i > end && i < s.length() && Character.isDigit(s.charAt(i));
  }

  private static final FoldedWords PLACE_PREPOSITIONS = FoldedWords.of("in", "from", "to", "at", "of", "near", "across", "visit", "visited");

  /** Runs the POS tagger on a short window around a candidate: is its first word a proper noun? */
  static boolean properNoun(String s, int start) {
    return ProperNouns.at(s, start);
  }

  private void custom(String s, MatchSink sink, List<int[]> found) {
    NameFinderME finder = customFinder.get();
    for (Span sentence : EnglishModels.sentences().sentPosDetect(s)) {
      String text = sentence.getCoveredText(s).toString();
      Span[] tokenSpans = EnglishModels.tokenizer().tokenizePos(text);
      String[] tokens = Span.spansToStrings(tokenSpans, text);
      for (Span name : finder.find(tokens)) {
        int start = sentence.getStart() + tokenSpans[name.getStart()].getStart();
        int end = sentence.getStart() + tokenSpans[name.getEnd() - 1].getEnd();
        boolean overlaps = false;
        for (int[] f : found) {
          overlaps |= start < f[1] && f[0] < end;
        }
        if (!overlaps && name.getType() != null && name.getType().toLowerCase(Locale.ROOT).startsWith("person")) {
          double p = Math.max(0.6, Math.min(0.95, name.getProb()));
          sink.match(PERSON_NAME, start, end, p, "custom name finder model");
        }
      }
    }
    finder.clearAdaptiveData();
  }

  static boolean fieldHoldsNames(FieldPath field) {
    boolean name = false;
    for (String w : field.words()) {
      name |= NAME_FIELD_WORDS.contains(w);
    }
    // A part of a name under a name ("$.customer.name.first", "holder.name.last").
    List<String> path = field.pathWords();
    List<String> leaf = field.words();
    name |= leaf.size() == 1 && NAME_PART_FIELD_WORDS.contains(leaf.get(0)) && path.size() >= 2
        && NAME_FIELD_WORDS.contains(path.get(path.size() - 2));
    if (!name) {
      return false;
    }
    // A person's role in the leaf keeps it a person's name ("account_holder_name", "vendor_contact_name").
    for (String w : leaf) {
      if (PERSON_ROLE_FIELD_WORDS.contains(w)) {
        return true;
      }
    }
    for (String w : field.pathWords()) {
      if (NOT_NAME_FIELD.contains(w) || FIRM_FIELD_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCapitalisedWordAt(String s, int i) {
    if (i >= s.length() || !Words.upperCase(s.charAt(i)) || i > 0 && Words.letterOrDigit(s.charAt(i - 1))) {
      return false;
    }
    int e = wordEnd(s, i);
    if (e - i == 2 && s.charAt(i + 1) == '.') {
      return true; // an initial: "J."
    }
    boolean lower = false;
    for (int k = i + 1; k < e; k++) {
      char c = s.charAt(k);
      lower |= Words.lowerCase(c);
    }
    return lower && e - i >= 2 && (e >= s.length() || !Character.isDigit(s.charAt(e)));
  }

  private static int wordEnd(String s, int i) {
    int e = i + 1;
    while (e < s.length() && (Words.letter(s.charAt(e)) || s.charAt(e) == '\'' || s.charAt(e) == '’' || s.charAt(e) == '-'
        && e + 1 < s.length() && Words.letter(s.charAt(e + 1)))) {
      e++;
    }
    if (e < s.length() && s.charAt(e) == '.' && e - i == 1) {
      e++;
    }
    return e;
  }

  /** Whether the word before {@code start} (skipping spaces, full stops and commas) is an honorific. */
  private static boolean previousWordIsHonorific(String s, int start) {
    int e = start;
    while (e > 0 && (s.charAt(e - 1) == ' ' || s.charAt(e - 1) == '.' || s.charAt(e - 1) == ',')) {
      e--;
    }
    int b = e;
    while (b > 0 && Words.letter(s.charAt(b - 1))) {
      b--;
    }
    return b < e && HONORIFICS.contains(s, b, e);
  }

  /** Whether the word is an initial: one capital letter and a full stop. */
  private static boolean initial(String s, int start, int end) {
    return end - start == 2 && Words.upperCase(s.charAt(start)) && s.charAt(start + 1) == '.';
  }

  /** The end of the word {@code s[start, end)} without a trailing full stop. */
  private static int bareEnd(String s, int start, int end) {
    return end > start && s.charAt(end - 1) == '.' ? end - 1 : end;
  }
}
