package io.datasieve.spi;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a detector needs from the shared {@link ValueAnalysis} of each value: the context phrases,
 * keywords and field traits it will ask about. The scanner compiles the needs of every detector
 * into one analyzer when it is built, so each value's words are indexed once and its keywords
 * found by one automaton, however many detectors ask. Asking the analysis about a set that was
 * not declared is an error.
 *
 * <p>Immutable.
 */
public final class AnalysisNeeds {
  private static final AnalysisNeeds NONE = new AnalysisNeeds(List.of(), List.of(), List.of(), List.of(), 0);

  private final List<PhraseSet> phrases;
  private final List<PhraseSet> screened;
  private final List<KeywordSet> keywords;
  private final List<FieldTrait> traits;
  private final int onlyWhenAnyToken;

  private AnalysisNeeds(List<PhraseSet> phrases, List<PhraseSet> screened, List<KeywordSet> keywords, List<FieldTrait> traits,
      int onlyWhenAnyToken) {
    this.phrases = phrases;
    this.screened = screened;
    this.keywords = keywords;
    this.traits = traits;
    this.onlyWhenAnyToken = onlyWhenAnyToken;
  }

  /** Needs nothing beyond the tokens, which every analysis offers. */
  public static AnalysisNeeds none() {
    return NONE;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The phrase sets. */
  public List<PhraseSet> phrases() {
    return phrases;
  }

  /** The phrase sets (among {@link #phrases()}) that {@link ValueAnalysis#mayContain} is asked about. */
  public List<PhraseSet> screened() {
    return screened;
  }

  /**
   * Token flags of which a value must have at least one ({@link ValueAnalysis#valueFlags}) for the
   * detector to report anything; 0 when it may report on any value. See {@link
   * Builder#onlyWhenAnyToken}.
   */
  public int onlyWhenAnyToken() {
    return onlyWhenAnyToken;
  }

  /** The keyword sets. */
  public List<KeywordSet> keywords() {
    return keywords;
  }

  /** The field traits. */
  public List<FieldTrait> traits() {
    return traits;
  }

  /** Builds {@link AnalysisNeeds}; duplicates are kept once. */
  public static final class Builder {
    private final Set<PhraseSet> phrases = new LinkedHashSet<>();
    private final Set<PhraseSet> screened = new LinkedHashSet<>();
    private final Set<KeywordSet> keywords = new LinkedHashSet<>();
    private final Set<FieldTrait> traits = new LinkedHashSet<>();
    private int onlyWhenAnyToken;

    private Builder() {}

    /**
     * Declares that the detector reports nothing on a value none of whose tokens has any of these
     * {@link ValueAnalysis} flags ({@code ValueAnalysis.HAS_DIGIT} for a detector of numbers): the
     * scanner then does not call it on such values, which saves the call and the detector's own
     * first test on most of a table's columns. It must hold for every value, as the detector's
     * first test would decide; 0 (the default) declares nothing. Not taken by {@link #include}:
     * a detector made of parts states its own.
     */
    public Builder onlyWhenAnyToken(int flags) {
      this.onlyWhenAnyToken = flags;
      return this;
    }

    /** Adds phrase sets. */
    public Builder phrases(PhraseSet... sets) {
      for (PhraseSet s : sets) {
        phrases.add(java.util.Objects.requireNonNull(s, "phrase set"));
      }
      return this;
    }

    /**
     * Adds phrase sets that the detector also asks {@link ValueAnalysis#mayContain} about: the
     * analyzer then looks for a word of each phrase in its one keyword pass over every value, so
     * declare only sets whose words are rare in text (labels such as "passport", not "to").
     */
    public Builder screened(PhraseSet... sets) {
      phrases(sets);
      for (PhraseSet s : sets) {
        screened.add(s);
      }
      return this;
    }

    /** Adds keyword sets. */
    public Builder keywords(KeywordSet... sets) {
      for (KeywordSet s : sets) {
        keywords.add(java.util.Objects.requireNonNull(s, "keyword set"));
      }
      return this;
    }

    /** Adds field traits. */
    public Builder traits(FieldTrait... list) {
      for (FieldTrait t : list) {
        traits.add(java.util.Objects.requireNonNull(t, "field trait"));
      }
      return this;
    }

    /** Adds everything another detector needs (for detectors made of parts). */
    public Builder include(AnalysisNeeds other) {
      phrases.addAll(other.phrases);
      screened.addAll(other.screened);
      keywords.addAll(other.keywords);
      traits.addAll(other.traits);
      return this;
    }

    /** The needs. */
    public AnalysisNeeds build() {
      return new AnalysisNeeds(List.copyOf(phrases), List.copyOf(screened), List.copyOf(keywords), List.copyOf(traits),
          onlyWhenAnyToken);
    }
  }
}
