package io.datasieve.detectors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The built-in statistical person-name finder: an OpenNLP perceptron sequence model trained by
 * datasieve on a corpus it generates itself (see {@code names/NOTICE.md}), loaded on first use.
 * It reads the tokens and sentences of {@link NameTokens}, the same as in training.
 */
final class PersonNameModel {
  /** The model, relative to this package. */
  static final String RESOURCE = "names/person-name-model.bin";

  /** {@link #bits}: a first name in the model's dictionary. */
  static final int FIRST = 1;
  /** {@link #bits}: a surname in the model's dictionary. */
  static final int LAST = 2;
  /** {@link #bits}: an English word that is mostly not a proper noun. */
  static final int WORD = 4;
  /** {@link #bits}: a country or city (a phrase: "costa rica"). */
  static final int PLACE = 8;

  private static final class Holder {
    static final TokenNameFinderModel MODEL = load();
    static final ThreadLocal<NameFinderME> FINDER = ThreadLocal.withInitial(() -> new NameFinderME(MODEL));
    /** The model's own dictionaries, for the checks around it: one lookup, no allocation. */
    static final FoldedWords WORDS = words(MODEL);
  }

  /** What the model found in a text: char offsets and the model's probability of each name. */
  interface Sink {
    void name(int start, int end, double probability);
  }

  private PersonNameModel() {}

  /** Tokens the model reads on either side of a candidate word: more than its features look at. */
  static final int MARGIN = 4;

  /**
   * Runs the model around the words of {@code text} that may be names, where cheap evidence
   * leaves a doubt: capitalised words that are a known name or no common English word, and, in
   * lower-case text, known names that are no common word. Each such word is read with {@link
   * #MARGIN} tokens either side (windows that meet are read as one); the rest of the text costs
   * the tokenizer only.
   */
  /** Which words are settled already (a name the rules are sure of): the model is not asked about them. */
  interface Settled {
    boolean at(int offset);
  }

  static void find(NameTokens tokens, boolean lowerCaseText, Settled settled, Sink sink) {
    NameFinderME finder = null;
    String s = tokens.text();
    for (int k = 0; k < tokens.sentenceCount(); k++) {
      int from = tokens.sentenceStart(k);
      int to = tokens.sentenceStart(k + 1);
      int windowStart = -1;
      int windowEnd = -1;
      for (int t = from; t <= to; t++) {
        boolean candidate = t < to && candidate(tokens, s, t, t == from, lowerCaseText) && !settled.at(tokens.start(t));
        if (candidate && windowStart >= 0 && t - MARGIN <= windowEnd) {
          windowEnd = Math.min(to, t + MARGIN + 1);
        } else if (candidate || t == to) {
          if (windowStart >= 0) {
            if (finder == null) {
              finder = Holder.FINDER.get();
            }
            read(finder, tokens, windowStart, windowEnd, sink);
          }
          windowStart = candidate ? Math.max(from, t - MARGIN) : -1;
          windowEnd = candidate ? Math.min(to, t + MARGIN + 1) : -1;
        }
      }
    }
    if (finder != null) {
      finder.clearAdaptiveData();
    }
  }

  private static boolean candidate(NameTokens tokens, String s, int t, boolean first, boolean lowerCaseText) {
    int a = tokens.start(t);
    int b = tokens.end(t);
    char c = s.charAt(a);
    if (b - a < 2 || !Character.isLetter(c)) {
      return false;
    }
    int bits = bits(s, a, b);
    boolean name = (bits & (FIRST | LAST)) != 0;
    if (Character.isUpperCase(c)) {
      // A known name; or a word no dictionary knows, inside a sentence and not in capitals.
      return name || (bits & WORD) == 0 && !first && !allUpper(s, a, b);
    }
    return lowerCaseText && name && (bits & WORD) == 0;
  }

  private static boolean allUpper(String s, int a, int b) {
    for (int i = a; i < b; i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static void read(NameFinderME finder, NameTokens tokens, int from, int to, Sink sink) {
    String[] words = tokens.words(from, to);
    for (Span name : finder.find(words)) {
      sink.name(tokens.start(from + name.getStart()), tokens.end(from + name.getEnd() - 1), name.getProb());
    }
  }

  /** What {@code s[from, to)} is in the model's dictionaries ({@link #FIRST}, {@link #LAST}, {@link #WORD}), 0 for none. */
  static int bits(CharSequence s, int from, int to) {
    return Holder.WORDS.bits(s, from, to);
  }

  private static FoldedWords words(TokenNameFinderModel model) {
    java.util.Map<String, Integer> words = new java.util.HashMap<>();
    add(model, "first.dict", FIRST, words);
    add(model, "last.dict", LAST, words);
    add(model, "lexicon.dict", WORD, words);
    add(model, "place.dict", PLACE, words);
    return new FoldedWords(words);
  }

  private static void add(TokenNameFinderModel model, String name, int bit, java.util.Map<String, Integer> words) {
    Object d = model.getArtifact(name);
    if (!(d instanceof opennlp.tools.dictionary.Dictionary dict)) {
      throw new IllegalStateException("the person-name model " + RESOURCE + " has no dictionary " + name);
    }
    for (opennlp.tools.util.StringList entry : dict) {
      words.merge(String.join(" ", entry).toLowerCase(java.util.Locale.ROOT), bit, (x, y) -> x | y);
    }
  }

  /**
   * Lets OpenNLP instantiate the model's own feature generator ({@link
   * NameWordFeatureGeneratorFactory}): OpenNLP loads extension classes only from packages
   * registered as allowed. Only this one package is added.
   */
  static void allowFeatureGenerators() {
    opennlp.tools.util.ext.ExtensionLoader.registerAllowedPackage(NameWordFeatureGeneratorFactory.class.getPackageName());
  }

  private static TokenNameFinderModel load() {
    allowFeatureGenerators();
    try (InputStream in = PersonNameModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE + " in the detectors jar");
      }
      return new TokenNameFinderModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the person-name model " + RESOURCE, e);
    }
  }
}
