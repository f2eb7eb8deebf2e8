package io.datasieve.detectors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import net.datafaker.Faker;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * The generated training corpus of the built-in person-name model: sentence frames written for
 * datasieve ({@code names/templates.txt}) filled with fake people, places, firms and streets of
 * many locales from Datafaker, a fixed seed making it the same on every machine.
 *
 * <p>What the model should learn from it, not from any list of strings: a name is told by its
 * context (introductions, greetings, verbs, lists, dialogue, signatures, forms), its shape and
 * whether it is a known name; a capitalised word after a house number, in a street, a firm or a
 * place is no person even when it is a name ("Rue Victor Hugo", "Kilback and Sons"). So the
 * corpus has (a) names from 25 locales and names made up from syllables, which the model's
 * dictionaries do not hold, so it cannot rely on the dictionary alone; (b) texts in lower case
 * (chat), in capitals, and with only the names in lower case; (c) as many texts with places,
 * streets and firms named after people as with people.
 */
final class NameTrainingCorpus {
  /** Locales whose names and addresses are written in Latin letters. */
  static final List<String> LOCALES = List.of("en", "en", "en", "en-GB", "en-IN", "en-NG", "en-AU", "de", "fr", "es", "es-MX", "it",
      "pt-BR", "nl", "sv", "nb-NO", "da-DK", "fi-FI", "pl", "sk", "hu", "hr", "tr", "ro-MD", "et", "lv", "vi", "id", "sq");

  private static final String[] TITLES = {"Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Dr.", "Dr", "Prof.", "Mx."};
  private static final String[] SYLLABLES = {"ka", "ta", "hi", "to", "mo", "ri", "na", "lu", "se", "an", "el", "ar", "ma", "li",
      "no", "ve", "sa", "ro", "da", "mi", "ko", "yu", "zo", "be", "ra", "la", "te", "ni", "jo", "fe", "go", "ha", "shi", "chi",
      "dro", "vla", "ste", "kri", "bo", "gu", "ne", "ya", "wa", "ze", "pe", "ti", "ru", "so", "ia", "ou", "ei", "ae", "ka", "ji"};
  private static final String[] ENDINGS = {"", "", "", "", "n", "l", "r", "s", "k", "v", "ić", "ez", "sson", "ová", "ski", "ek",
      "en", "an", "ah", "ette", "ine", "o", "a", "i"};
  /** Verb phrases without an object, for the composed frames. */
  private static final String[] VP = {"is on holiday", "was late again", "has a new job", "will call back tomorrow",
      "loves hiking", "is allergic to cats", "won the award", "quit last week", "moved abroad", "is very kind", "was born in {YEAR}",
      "lives near {CITY}", "works for {CO}", "is from {COUNTRY}", "has two kids", "retired in {YEAR}", "is the new {JOB}",
      "can't make it", "left early", "didn't reply", "is always right", "paid the invoice", "lost the keys",
      "got promoted", "fell asleep", "speaks four languages", "sings in a band", "drives a {PRODUCT}", "is sick today",
      "were great friends", "agreed", "laughed", "signed the form", "is a good listener",
      "studied law in {CITY}", "runs the {PHRASE}", "changed the password", "is waiting outside"};
  /** Verbs taking an object. */
  private static final String[] VT = {"called", "met", "emailed", "thanked", "hired", "fired", "married", "visited", "helped",
      "shouted at", "waved to", "replied to", "wrote to", "texted", "invited", "told", "asked", "paid", "interviewed", "introduced",
      "sued", "followed", "trusts", "misses", "hates", "admires", "works with", "talked to", "is dating", "sold the car to",
      "gave the keys to", "sent flowers to", "is looking for", "reminded", "recommended", "blamed", "forgave", "promoted"};
  /** Subjects and objects that are no person. */
  private static final String[] NOT_PEOPLE = {"the manager", "our team", "the landlord", "my boss", "the bank", "the doctor",
      "support", "the client", "everyone", "nobody", "the company", "my neighbour", "the teacher", "our lawyer", "the driver",
      "the police", "the school", "my family", "the hotel", "the airline", "she", "he", "they", "we", "it", "I", "you",
      "The Manager", "The Board", "Customer Service", "The Bank"};
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};
  private static final String[] PRODUCTS = {"iPhone", "Kindle", "Windows", "Excel", "Slack", "Zoom", "Outlook", "Android",
      "PlayStation", "Xbox", "Chromebook", "Photoshop", "Spotify", "Netflix", "Alexa", "Prime Video", "Model 3", "Galaxy S21",
      "Surface Pro", "MacBook Air", "Google Maps", "WhatsApp", "Teams", "Jira", "Salesforce", "QuickBooks", "Fitbit", "Roomba"};
  private static final String[] PHRASES = {"Board of Directors", "Privacy Policy", "Terms of Service", "Annual Report",
      "Customer Service", "Human Resources", "City Council", "Book Club", "Country Club", "Quarterly Review", "Open House",
      "Science Fair", "Christmas Party", "Summer Festival", "Grand Opening", "Town Hall", "Safety Training", "Parent Teacher Meeting",
      "Spring Sale", "Black Friday", "New Year", "Hall of Fame", "Supreme Court", "Prime Minister", "Princess Royal", "Red Cross",
      "World Cup", "Premier League", "Central Station", "High School", "General Assembly", "Holy Trinity", "Royal Navy"};
  private static final String[] ORGS = {"Ministry of %s", "University of %s", "%s General Hospital", "%s City Council",
      "Department of %s", "%s Public Library", "Bank of %s", "%s Chamber of Commerce", "National Museum of %s", "%s Country Club",
      "St. %s Church", "%s Medical Center", "%s High School", "%s Airport", "Port of %s"};
  private static final String[] ORG_FIELDS = {"Agriculture", "Health", "Education", "Finance", "Transport", "Culture", "Defence",
      "Justice", "Labour", "Energy"};

  private final Random random;
  private final List<Faker> fakers = new ArrayList<>();
  private final Faker english;
  private final List<String> templates;
  private final Set<String> knownNames;

  /**
   * @param seed the corpus is a function of the seed
   * @param knownNames lower-case names the model's dictionaries hold: made-up names avoid them
   */
  NameTrainingCorpus(long seed, Set<String> knownNames) {
    this.random = new Random(seed);
    for (String l : LOCALES) {
      fakers.add(new Faker(Locale.forLanguageTag(l), new Random(random.nextLong())));
    }
    this.english = fakers.get(0);
    this.templates = readTemplates();
    this.knownNames = knownNames;
  }

  /** First names and surnames of every locale, as the model's dictionaries read them. */
  static Set<String>[] localeNames(long seed, int perLocale) {
    Set<String> first = new java.util.TreeSet<>();
    Set<String> last = new java.util.TreeSet<>();
    Random r = new Random(seed);
    for (String l : new java.util.TreeSet<>(LOCALES)) {
      Faker f = new Faker(Locale.forLanguageTag(l), new Random(r.nextLong()));
      for (int i = 0; i < perLocale; i++) {
        addName(first, f.name().firstName());
        addName(last, f.name().lastName());
      }
    }
    @SuppressWarnings("unchecked")
    Set<String>[] out = new Set[] {first, last};
    return out;
  }

  /** Countries, states and cities in every locale's language, as the model's place dictionary reads them. */
  static Set<String> places(long seed, int perLocale) {
    Set<String> out = new java.util.TreeSet<>();
    Random r = new Random(seed);
    for (String l : new java.util.TreeSet<>(LOCALES)) {
      Faker f = new Faker(Locale.forLanguageTag(l), new Random(r.nextLong()));
      for (int i = 0; i < perLocale; i++) {
        for (String p : new String[] {f.address().country(), f.address().city()}) {
          if (p.codePoints().allMatch(c -> c < 0x250 || !Character.isLetter(c))) {
            out.add(p.toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return out;
  }

  private static void addName(Set<String> to, String name) {
    for (String w : name.split("[ ]+")) {
      if (!w.isEmpty() && w.codePoints().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '-')
          && Character.isUpperCase(w.charAt(0)) && w.length() > 1) {
        to.add(w.toLowerCase(Locale.ROOT));
      }
    }
  }

  /** {@code n} generated texts, each cut into the model's sentences with the names marked. */
  List<NameSample> samples(int n) {
    List<NameSample> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Text t = text();
      addSamples(t, out);
    }
    return out;
  }

  /** A text and its person spans (char offsets). */
  record Text(String text, List<int[]> persons) {}

  /** One generated text. */
  Text text() {
    Builder b = new Builder();
    if (random.nextInt(10) == 0) {
      // Text without people, in words the frames do not use: the model learns what a word looks like.
      b.plain(filler());
      return new Text(random.nextInt(5) == 0 ? b.text.toString().toLowerCase(Locale.ROOT) : b.text.toString(), b.persons);
    }
    String template = templates.get(random.nextInt(templates.size()));
    fill(b, template);
    if (random.nextInt(4) == 0) {
      b.plain(random.nextBoolean() ? " " : "\n");
      fill(b, templates.get(random.nextInt(templates.size())));
    }
    int casing = random.nextInt(100);
    String s = b.text.toString();
    if (casing < 14) {
      s = s.toLowerCase(Locale.ROOT);
    } else if (casing < 17) {
      s = s.toUpperCase(Locale.ROOT);
      if (s.length() != b.text.length()) {
        s = b.text.toString(); // a char whose capital is longer ("ß"): keep the text as it was
      }
    } else if (casing < 27) {
      StringBuilder lower = new StringBuilder(s);
      for (int[] p : b.persons) {
        String name = s.substring(p[0], p[1]).toLowerCase(Locale.ROOT);
        if (name.length() == p[1] - p[0]) {
          lower.replace(p[0], p[1], name);
        }
      }
      s = lower.toString();
    }
    return new Text(s, b.persons);
  }

  private void addSamples(Text t, List<NameSample> out) {
    NameTokens tokens = NameTokens.of(t.text());
    for (int k = 0; k < tokens.sentenceCount(); k++) {
      int from = tokens.sentenceStart(k);
      String[] words = tokens.sentence(k);
      int to = from + words.length;
      List<Span> names = new ArrayList<>();
      for (int[] p : t.persons()) {
        int first = -1;
        int last = -1;
        for (int i = from; i < to; i++) {
          if (tokens.start(i) == p[0]) {
            first = i;
          }
          if (tokens.end(i) == p[1]) {
            last = i;
          }
        }
        if (first >= 0 && last >= first) {
          names.add(new Span(first - from, last - from + 1, "person"));
        } else if (first >= 0 || last >= 0 || overlaps(tokens, from, to, p)) {
          return; // a name cut by a sentence end or not on token boundaries: leave the text out
        }
      }
      out.add(new NameSample(words, names.toArray(new Span[0]), k == 0));
    }
  }

  private static boolean overlaps(NameTokens tokens, int from, int to, int[] p) {
    return to > from && tokens.start(from) < p[1] && p[0] < tokens.end(to - 1);
  }

  private void fill(Builder b, String template) {
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        b.plain(template.substring(i));
        break;
      }
      b.plain(template.substring(i, open));
      int close = template.indexOf('}', open);
      slot(b, template.substring(open + 1, close));
      i = close + 1;
    }
  }

  private void slot(Builder b, String slot) {
    switch (slot) {
      case "P" -> anyPerson(b);
      case "S", "O" -> {
        int k = random.nextInt(10);
        if (k < 6) {
          anyPerson(b);
        } else if (k < 7) {
          b.plain(latin(() -> faker().company().name()));
        } else {
          b.plain(NOT_PEOPLE[random.nextInt(NOT_PEOPLE.length)]);
        }
      }
      case "VP" -> fill(b, VP[random.nextInt(VP.length)]);
      case "VT" -> b.plain(VT[random.nextInt(VT.length)]);
      case "FN" -> b.person(first());
      case "LN" -> b.person(last());
      case "FULL" -> full(b);
      case "TP" -> b.person(TITLES[random.nextInt(TITLES.length)] + " " + (random.nextBoolean() ? last() : fullName()));
      case "NAMES" -> list(b, this::first);
      case "LNAMES" -> list(b, this::last);
      case "CITY" -> b.plain(latin(() -> faker().address().city()));
      case "COUNTRY" -> b.plain(english.address().country());
      case "STATE" -> b.plain(random.nextBoolean() ? english.address().state() : english.address().stateAbbr());
      case "CO" -> b.plain(latin(() -> faker().company().name()));
      case "STREET" -> b.plain(latin(() -> faker().address().streetAddress()));
      case "ADDR" -> address(b);
      case "ORG" -> b.plain(String.format(ORGS[random.nextInt(ORGS.length)],
          random.nextBoolean() ? ORG_FIELDS[random.nextInt(ORG_FIELDS.length)] : latin(() -> faker().address().city())));
      case "JOB" -> b.plain(english.job().title());
      case "MONTH" -> b.plain(MONTHS[random.nextInt(MONTHS.length)]);
      case "DAY" -> b.plain(DAYS[random.nextInt(DAYS.length)]);
      case "NUM" -> b.plain(Integer.toString(2 + random.nextInt(random.nextBoolean() ? 90 : 99_999)));
      case "YEAR" -> b.plain(Integer.toString(1950 + random.nextInt(75)));
      case "PRODUCT" -> b.plain(PRODUCTS[random.nextInt(PRODUCTS.length)]);
      case "PHRASE" -> b.plain(PHRASES[random.nextInt(PHRASES.length)]);
      case "DATE" -> b.plain(String.format(Locale.ROOT, random.nextBoolean() ? "%3$d-%2$02d-%1$02d" : "%2$d/%1$d/%3$d",
          1 + random.nextInt(28), 1 + random.nextInt(12), 1950 + random.nextInt(75)));
      case "PHONE" -> b.plain(english.phoneNumber().phoneNumber());
      case "EMAIL" -> b.plain(english.internet().emailAddress());
      default -> throw new IllegalArgumentException("unknown slot {" + slot + "}");
    }
  }

  /** A sentence of business and technical words without names. */
  private String filler() {
    var h = english.hacker();
    var c = english.company();
    String s = switch (random.nextInt(6)) {
      case 0 -> c.catchPhrase() + ".";
      case 1 -> "We need to " + c.bs() + " before the " + h.adjective() + " " + h.noun() + " goes down.";
      case 2 -> capitalise(h.ingverb()) + " the " + h.abbreviation() + " " + h.noun() + " will " + h.verb() + " the "
          + h.adjective() + " " + h.noun() + ".";
      case 3 -> "Our " + c.industry() + " team wants to " + h.verb() + " the " + h.noun() + " and " + c.bs() + ".";
      case 4 -> "The " + h.adjective() + " " + h.noun() + " is " + h.ingverb() + " again, can you " + h.verb() + " it?";
      default -> capitalise(c.buzzword()) + " and " + c.buzzword() + " " + h.noun() + " for every " + c.profession() + ".";
    };
    return s;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private void anyPerson(Builder b) {
    int form = random.nextInt(100);
    if (form < 30) {
      b.person(first());
    } else if (form < 70) {
      full(b);
    } else if (form < 78) {
      b.person(first() + " " + (char) ('A' + random.nextInt(26)) + ". " + last());
    } else if (form < 85) {
      b.person(first() + " " + first() + " " + last());
    } else if (form < 93) {
      b.person(TITLES[random.nextInt(TITLES.length)] + " " + last());
    } else {
      b.person(last());
    }
  }

  private void full(Builder b) {
    b.person(fullName());
  }

  private String fullName() {
    Faker f = faker();
    String first = random.nextInt(5) == 0 ? madeUp() : latin(() -> f.name().firstName());
    String last = random.nextInt(5) == 0 ? madeUp() : latin(() -> f.name().lastName());
    return first + " " + last;
  }

  private void list(Builder b, Supplier<String> names) {
    int n = 3 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b.plain(i == n - 1 ? (random.nextBoolean() ? " and " : ", and ") : ", ");
      }
      b.person(names.get());
    }
  }

  private void address(Builder b) {
    Faker f = faker();
    String sep = random.nextBoolean() ? "\n" : ", ";
    b.plain(latin(() -> f.address().streetAddress()));
    if (random.nextInt(3) == 0) {
      b.plain(sep + latin(() -> f.address().secondaryAddress()));
    }
    b.plain(sep + latin(() -> f.address().city()));
    if (random.nextBoolean()) {
      b.plain(sep + english.address().country() + " " + english.address().zipCode());
    } else {
      b.plain(" " + english.address().zipCode());
    }
  }

  private String first() {
    return random.nextInt(5) == 0 ? madeUp() : latin(() -> faker().name().firstName());
  }

  private String last() {
    return random.nextInt(5) == 0 ? madeUp() : latin(() -> faker().name().lastName());
  }

  /** A name made of syllables that no dictionary of the model holds. */
  private String madeUp() {
    while (true) {
      StringBuilder s = new StringBuilder();
      int n = 2 + random.nextInt(2);
      for (int i = 0; i < n; i++) {
        s.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      s.append(ENDINGS[random.nextInt(ENDINGS.length)]);
      String w = s.toString();
      if (!knownNames.contains(w)) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
      }
    }
  }

  private Faker faker() {
    return fakers.get(random.nextInt(fakers.size()));
  }

  /** A value with Latin letters only (some locales mix scripts): retried until it has. */
  private static String latin(Supplier<String> value) {
    for (int i = 0; ; i++) {
      String v = value.get().replace('\n', ' ').strip();
      if (i >= 20 || v.codePoints().allMatch(c -> c < 0x250 || !Character.isLetter(c))) {
        return v;
      }
    }
  }

  private static List<String> readTemplates() {
    try (InputStream in = NameTrainingCorpus.class.getResourceAsStream("names/templates.txt")) {
      List<String> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.replace("\\n", "\n"));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Text with the char spans of the people in it. */
  private static final class Builder {
    final StringBuilder text = new StringBuilder();
    final List<int[]> persons = new ArrayList<>();

    void plain(String s) {
      text.append(s);
    }

    void person(String name) {
      int start = text.length();
      text.append(name);
      persons.add(new int[] {start, text.length()});
    }
  }
}
