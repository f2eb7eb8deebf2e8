package io.datasieve.spi;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Compiles what detectors need ({@link AnalysisNeeds}) into one analyzer, and analyses values
 * with it: a word index over every declared {@link PhraseSet}, one keyword automaton over every
 * {@link KeywordSet}, and a slot per {@link FieldTrait}. The scanner builds one for all its
 * detectors; a detector that is called directly through {@link Detector#detect(FieldValue,
 * MatchSink)} can build one from its own needs.
 *
 * <p>Immutable and thread-safe. {@link #analyze} makes a new analysis per call; a hot loop takes a
 * {@link #reusable()} analysis, one per thread or task, which reuses its arrays from value to
 * value. Field traits are remembered on the interned {@link FieldPath} itself, so they are
 * decided once per path per resource and die with the resource's paths.
 */
public final class ValueAnalyzer {
  final Map<PhraseSet, Integer> phraseSlots = new IdentityHashMap<>();
  final Map<KeywordSet, Integer> keywordSlots = new IdentityHashMap<>();
  final Map<FieldTrait, Integer> traitSlots = new IdentityHashMap<>();
  final FieldTrait[] traits;
  final KeywordSet[] keywordSets;
  final PhraseSet[] phraseSets;
  final WordIndex words;
  final KeywordAutomaton keywords;
  /**
   * Per phrase slot, the keyword slot of its screen ({@link ValueAnalysis#mayContain}), {@link
   * #NO_ASCII_PHRASE} when every phrase has a word outside ASCII, or -1 when it is not screened.
   */
  final int[] screens;
  static final int NO_ASCII_PHRASE = -2;
  /** The length of the longest declared phrase, in words. */
  final int longestPhrase;
  /** Unique per analyzer (never 0), the key of the slot caches on the declared sets and traits. */
  final long id = IDS.incrementAndGet();

  private static final AtomicLong IDS = new AtomicLong();

  private ValueAnalyzer(List<AnalysisNeeds> needs) {
    Set<PhraseSet> phrases = new LinkedHashSet<>();
    Set<PhraseSet> screened = new LinkedHashSet<>();
    Set<KeywordSet> keywordSets = new LinkedHashSet<>();
    Set<FieldTrait> traits = new LinkedHashSet<>();
    for (AnalysisNeeds n : needs) {
      phrases.addAll(n.phrases());
      screened.addAll(n.screened());
      keywordSets.addAll(n.keywords());
      traits.addAll(n.traits());
    }
    this.phraseSets = phrases.toArray(new PhraseSet[0]);
    // A screened set's screen: per phrase of ASCII words, its longest word, as a keyword found
    // inside words by the one automaton (see screen).
    this.screens = new int[phraseSets.length];
    java.util.Arrays.fill(screens, -1);
    for (int i = 0; i < phraseSets.length; i++) {
      if (screened.contains(phraseSets[i])) {
        KeywordSet screen = screen(phraseSets[i]);
        if (screen == null) {
          screens[i] = NO_ASCII_PHRASE;
        } else {
          screens[i] = keywordSets.size();
          keywordSets.add(screen);
        }
      }
    }
    this.keywordSets = keywordSets.toArray(new KeywordSet[0]);
    this.traits = traits.toArray(new FieldTrait[0]);
    for (int i = 0; i < phraseSets.length; i++) {
      phraseSlots.put(phraseSets[i], i);
    }
    for (int i = 0; i < this.keywordSets.length; i++) {
      keywordSlots.put(this.keywordSets[i], i);
    }
    for (int i = 0; i < this.traits.length; i++) {
      traitSlots.put(this.traits[i], i);
    }
    this.words = new WordIndex(phraseSets);
    // One automaton over the keywords of every set; a keyword shared by sets is searched once.
    Map<String, List<int[]>> owners = new LinkedHashMap<>();
    for (int s = 0; s < this.keywordSets.length; s++) {
      List<String> list = this.keywordSets[s].keywords();
      for (int k = 0; k < list.size(); k++) {
        owners.computeIfAbsent(list.get(k), x -> new ArrayList<>()).add(new int[] {s, k});
      }
    }
    this.keywords = owners.isEmpty() ? null : new KeywordAutomaton(owners);
    int longest = 1;
    for (PhraseSet p : phraseSets) {
      for (List<String> phrase : p.phrases()) {
        longest = Math.max(longest, phrase.size());
      }
    }
    this.longestPhrase = longest;
  }

  /**
   * The keywords whose absence from a value proves that no phrase of the set occurs in it (per
   * phrase, its longest word), or null when there is none to look for. Words are folded as tokens
   * are (Character.toLowerCase outside ASCII) and the automaton folds ASCII only, so the screen
   * holds for values whose tokens are ASCII, and Analysis#mayContain trusts it only for those
   * (a token with a char outside ASCII may fold to an ASCII word: the Kelvin sign folds to 'k').
   * In such a value every token folds to an ASCII word, so a phrase with a word outside ASCII
   * cannot occur there and needs no keyword.
   */
  private static KeywordSet screen(PhraseSet set) {
    Set<String> words = new LinkedHashSet<>();
    for (List<String> phrase : set.phrases()) {
      if (phrase.stream().allMatch(w -> w.chars().allMatch(c -> c < 0x80))) {
        words.add(phrase.stream().max(java.util.Comparator.comparingInt(String::length)).orElseThrow());
      }
    }
    return words.isEmpty() ? null : KeywordSet.of("screen of " + set.name(), List.copyOf(words));
  }

  /** The slot of a declared phrase set, or -1. */
  int slotOf(PhraseSet set) {
    long cached = set.slot;
    if (cached >>> 32 == id) {
      return (int) cached;
    }
    Integer slot = phraseSlots.get(set);
    if (slot == null) {
      return -1;
    }
    set.slot = id << 32 | slot;
    return slot;
  }

  /** The slot of a declared keyword set, or -1. */
  int slotOf(KeywordSet set) {
    long cached = set.slot;
    if (cached >>> 32 == id) {
      return (int) cached;
    }
    Integer slot = keywordSlots.get(set);
    if (slot == null) {
      return -1;
    }
    set.slot = id << 32 | slot;
    return slot;
  }

  /** The slot of a declared field trait, or -1. */
  int slotOf(FieldTrait trait) {
    long cached = trait.slot;
    if (cached >>> 32 == id) {
      return (int) cached;
    }
    Integer slot = traitSlots.get(trait);
    if (slot == null) {
      return -1;
    }
    trait.slot = id << 32 | slot;
    return slot;
  }

  /** An analyzer for everything these detectors declare in {@link Detector#needs()}. */
  public static ValueAnalyzer forDetectors(List<? extends Detector> detectors) {
    List<AnalysisNeeds> needs = new ArrayList<>(detectors.size());
    for (Detector d : detectors) {
      AnalysisNeeds n = d.needs();
      if (n == null) {
        throw new IllegalArgumentException("detector '" + d.id() + "' returned null from needs()");
      }
      needs.add(n);
    }
    return new ValueAnalyzer(needs);
  }

  /** An analyzer for one set of needs. */
  public static ValueAnalyzer of(AnalysisNeeds needs) {
    return new ValueAnalyzer(List.of(needs));
  }

  /** A new analysis of a value; nothing is computed until a detector asks for it. */
  public ValueAnalysis analyze(FieldValue value) {
    Analysis a = new Analysis(this);
    a.reset(value);
    return a;
  }

  /**
   * An analysis to reuse from value to value, for one thread at a time: {@link
   * Reusable#analyze} returns the same instance each time, valid until its next call.
   */
  public Reusable reusable() {
    return new Reusable(new Analysis(this));
  }

  /** A reusable analysis; not thread-safe. */
  public static final class Reusable {
    private final Analysis analysis;

    private Reusable(Analysis analysis) {
      this.analysis = analysis;
    }

    /** Analyses the next value on the same instance; the previous analysis is no longer valid. */
    public ValueAnalysis analyze(FieldValue value) {
      analysis.reset(value);
      return analysis;
    }

    /** Lets go of the last value (and its text), keeping the grown arrays. */
    public void clear() {
      analysis.clear();
    }
  }
}
