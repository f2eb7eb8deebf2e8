package io.datasieve.spi;

/**
 * The shared analysis of one field value, handed to every {@link Detector}: the value itself and
 * what one pass over it found, so that detectors validate candidates instead of each walking every
 * char. In the spirit of Lucene's analysis chain and Presidio's single NLP pass.
 *
 * <p><b>Tokens.</b> A token is a maximal run of letters and digits ({@link Character#isLetterOrDigit}
 * of each UTF-16 char: letters outside the Basic Multilingual Plane separate tokens); everything
 * else separates tokens. Tokens are numbered from 0 in text order; {@link
 * #tokenFlags} says what a token is made of. The digit tokens and the capitalised tokens are also
 * listed on their own, so a detector of numbers never looks at words and vice versa. A value
 * without digits costs a digit detector nothing.
 *
 * <p><b>Context.</b> {@link #near} tells whether a declared {@link PhraseSet} occurs within a
 * window counted in tokens: the one definition of "nearby" that every detector shares.
 *
 * <p><b>Keywords</b> and <b>field traits</b> are found once per value and once per field path.
 *
 * <p><b>Lifecycle.</b> The engine reuses one instance per worker thread: it is valid during one
 * {@link Detector#detect(ValueAnalysis, MatchSink)} call only, and is not thread-safe. Each part
 * is computed on first use, so a detector that returns early pays for nothing it did not ask.
 */
public interface ValueAnalysis extends FieldValue {
  /** All chars of the token are ASCII digits {@code 0-9}: a number a detector can parse. */
  int DIGITS = 1;
  /** All chars of the token are letters. */
  int LETTERS = 1 << 1;
  /** The first char is an upper-case letter. */
  int UPPER_FIRST = 1 << 2;
  /** The token contains a lower-case letter. */
  int HAS_LOWER = 1 << 3;
  /** The token contains an upper-case letter. */
  int HAS_UPPER = 1 << 4;
  /** The token contains a digit ({@link Character#isDigit}: ASCII or not). */
  int HAS_DIGIT = 1 << 5;
  /** The token contains a letter. */
  int HAS_LETTER = 1 << 6;
  /** A char outside ASCII occurs in the token. */
  int NON_ASCII = 1 << 7;

  /** Number of tokens in the value. */
  int tokenCount();

  /** Offset of the first char of token {@code t}. */
  int tokenStart(int t);

  /** Offset just after the last char of token {@code t}. */
  int tokenEnd(int t);

  /** What token {@code t} is made of: a combination of {@link #DIGITS}, {@link #LETTERS}, .... */
  int tokenFlags(int t);

  /**
   * The flags of all tokens together (each token's {@link #tokenFlags} OR-ed; 0 for a value without
   * tokens): {@code (valueFlags() & HAS_DIGIT) == 0} says that no char of the value is a digit, in
   * one test, so a detector of things that hold a digit can stop there. The default computes it
   * from the tokens; the scanner's analysis keeps it from its one pass.
   */
  default int valueFlags() {
    int f = 0;
    for (int t = 0, n = tokenCount(); t < n; t++) {
      f |= tokenFlags(t);
    }
    return f;
  }

  /**
   * The token containing {@code offset}, or else the first token after it ({@link #tokenCount()}
   * when there is none).
   */
  int tokenAt(int offset);

  /**
   * The offset of the first ASCII digit at or after {@code from}, or -1: lets a detector of numbers
   * jump from digit to digit over everything else.
   */
  int nextDigit(int from);

  /** Number of {@link #DIGITS} tokens (ASCII digits only). */
  int digitTokenCount();

  /** The token index of the {@code k}-th {@link #DIGITS} token. */
  int digitToken(int k);

  /**
   * Number of tokens that hold a digit ({@link #HAS_DIGIT}: ASCII or not, alone or with letters, as
   * in {@code 4158}, {@code S123}, {@code A12345678}): a detector of identifiers visits these
   * instead of every token. The default counts them from the tokens; the scanner's analysis lists
   * them in its one pass.
   */
  default int digitBearingTokenCount() {
    int count = 0;
    for (int t = 0, n = tokenCount(); t < n; t++) {
      count += (tokenFlags(t) & HAS_DIGIT) != 0 ? 1 : 0;
    }
    return count;
  }

  /** The token index of the {@code k}-th token that holds a digit ({@link #digitBearingTokenCount}). */
  default int digitBearingToken(int k) {
    for (int t = 0, n = tokenCount(), seen = 0; t < n; t++) {
      if ((tokenFlags(t) & HAS_DIGIT) != 0 && seen++ == k) {
        return t;
      }
    }
    throw new IndexOutOfBoundsException("digit-bearing token " + k + " of " + digitBearingTokenCount());
  }

  /**
   * Number of capitalised tokens: an upper-case first letter followed by at least one lower-case
   * letter, or a single upper-case letter (an initial).
   */
  int capitalisedTokenCount();

  /** The token index of the {@code k}-th capitalised token. */
  int capitalisedToken(int k);

  /**
   * Whether a phrase of the set ends within {@code tokensBefore} tokens before the tokens of
   * {@code [start, end)}, or starts within {@code tokensAfter} tokens after them ("driver's
   * license D123" has the phrase end one token before the candidate: {@code tokensBefore = 1}
   * means adjacent). A phrase overlapping {@code [start, end)} does not count.
   *
   * @throws IllegalArgumentException when the set was not declared in the detector's needs
   */
  boolean near(PhraseSet set, int start, int end, int tokensBefore, int tokensAfter);

  /**
   * As {@link #near(PhraseSet, int, int, int, int)}, but phrases starting before {@code notBefore}
   * do not count: context before the previous candidate belongs to that candidate.
   */
  boolean near(PhraseSet set, int start, int end, int tokensBefore, int tokensAfter, int notBefore);

  /**
   * Whether a phrase of the set ends right before {@code offset}: only chars of {@code gap}
   * between its last word and {@code offset} ("Dear: Jane", "my name is Jane").
   */
  boolean endsRightBefore(PhraseSet set, int offset, String gap);

  /** Whether a phrase of the set occurs anywhere in the value. */
  boolean contains(PhraseSet set);

  /**
   * A cheap necessary condition for {@link #contains}, and so for {@link #near} and {@link
   * #endsRightBefore}: false only when no phrase of the set occurs anywhere in the value; true
   * when one may. A detector whose every match needs a phrase of the set (a label before an
   * identifier) asks this once per value before it looks at candidates, so that most values cost
   * it nothing. The scanner's analysis answers from the value's one keyword pass for sets
   * declared with {@link AnalysisNeeds.Builder#screened}: a phrase occurs only where its longest
   * ASCII word occurs inside a word. The default (and the answer for sets declared otherwise) is
   * true.
   *
   * @throws IllegalArgumentException when the set was not declared in the detector's needs
   */
  default boolean mayContain(PhraseSet set) {
    return true;
  }

  /**
   * Number of keyword occurrences of the set in the value, in order of their ends (keywords that
   * are suffixes of others occur at the same end).
   */
  int keywordHits(KeywordSet set);

  /** The index in {@link KeywordSet#keywords()} of the {@code i}-th occurrence. */
  int keywordHit(KeywordSet set, int i);

  /** The offset just after the {@code i}-th occurrence. */
  int keywordHitEnd(KeywordSet set, int i);

  /** Whether the field's name has the trait; decided once per field path per resource. */
  boolean has(FieldTrait trait);
}
