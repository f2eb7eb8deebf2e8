package io.datasieve.spi;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles what detectors need ({@link AnalysisNeeds}) into one analyzer, and analyses values
 * with it: a word index over every declared {@link PhraseSet}, one keyword automaton over every
 * {@link KeywordSet}, and a slot per {@link FieldTrait}. The scanner builds one for all its
 * detectors; a detector that is called directly through {@link Detector#detect(FieldValue,
 * MatchSink)} can build one from its own needs.
 *
 * <p>Immutable and thread-safe: each thread analyses with its own reusable {@link ValueAnalysis}.
 */
public final class ValueAnalyzer {
  /** Field paths whose traits are remembered per thread; past this the memo starts afresh. */
  static final int MAX_REMEMBERED_FIELDS = 4096;

  final Map<PhraseSet, Integer> phraseSlots = new IdentityHashMap<>();
  final Map<KeywordSet, Integer> keywordSlots = new IdentityHashMap<>();
  final Map<FieldTrait, Integer> traitSlots = new IdentityHashMap<>();
  final FieldTrait[] traits;
  final KeywordSet[] keywordSets;
  final PhraseSet[] phraseSets;
  final WordIndex words;
  final KeywordAutomaton keywords;
  private final ThreadLocal<Analysis> perThread;

  private ValueAnalyzer(List<AnalysisNeeds> needs) {
    Set<PhraseSet> phrases = new LinkedHashSet<>();
    Set<KeywordSet> keywordSets = new LinkedHashSet<>();
    Set<FieldTrait> traits = new LinkedHashSet<>();
    for (AnalysisNeeds n : needs) {
      phrases.addAll(n.phrases());
      keywordSets.addAll(n.keywords());
      traits.addAll(n.traits());
    }
    this.phraseSets = phrases.toArray(new PhraseSet[0]);
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
    this.perThread = ThreadLocal.withInitial(() -> new Analysis(this));
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

  /**
   * The analysis of a value, on this thread's reusable instance: valid until the next call of this
   * method on the same thread. Nothing is computed until a detector asks for it.
   */
  public ValueAnalysis analyze(FieldValue value) {
    Analysis a = perThread.get();
    a.reset(value);
    return a;
  }
}
