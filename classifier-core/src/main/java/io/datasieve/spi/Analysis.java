package io.datasieve.spi;

import io.datasieve.DatasetResource;
import java.util.Arrays;

/**
 * The reusable, per-thread {@link ValueAnalysis} of a {@link ValueAnalyzer}. Each part (tokens,
 * keyword hits, the phrase word of a token) is computed on first use and kept in arrays that grow
 * and are reused, so the hot path allocates nothing once they have grown to fit. Phrases are
 * looked for only at the tokens a question is about (the few around a candidate), from the word
 * ids of those tokens: a detector that asks about three candidates in a long text looks up a dozen
 * tokens, not all of them.
 */
final class Analysis implements ValueAnalysis, KeywordAutomaton.Hits {
  private final ValueAnalyzer analyzer;
  private FieldValue value;
  private String text;

  // Tokens.
  private boolean tokenized;
  private int tokens;
  /** The OR of every token's flags. */
  private int valueFlags;
  /**
   * The value's chars, copied once for the passes over all of them (tokens, keywords): reading a
   * char[] costs the CLI's compiler (C1) about half of what {@code String.charAt} does.
   */
  private char[] chars = new char[0]; // grown on first use: an analysis made for one value needs no buffer
  private boolean copied;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private int[] flags = new int[16];
  private int digitCount;
  private int[] digitTokens = new int[8];
  private int bearingCount;
  private int[] bearingTokens = new int[8];
  private int capitalCount;
  private int[] capitalTokens = new int[8];

  // Word ids per token, looked up on first use: valid where wordStamps[t] == stamp.
  private int stamp = 1;
  private int[] wordIds = new int[16];
  private int[] wordStamps = new int[16];

  // Keyword hits per keyword-set slot.
  private boolean searched;
  private final int[] keywordCount;
  private final int[][] keywordIndex;
  private final int[][] keywordEnd;
  /** The sets with hits in the last search, whose counts the next search clears. */
  private final int[] hitSets;
  private int hitSetCount;


  Analysis(ValueAnalyzer analyzer) {
    this.analyzer = analyzer;
    int k = analyzer.keywordSets.length;
    keywordCount = new int[k];
    keywordIndex = new int[k][4];
    keywordEnd = new int[k][4];
    hitSets = new int[k];
  }

  void reset(FieldValue v) {
    this.value = v;
    this.text = v.text();
    tokenized = false;
    searched = false;
    copied = false;
    if (++stamp == 0) { // after 2^32 values: forget every stamp rather than trust a recycled one
      Arrays.fill(wordStamps, 0);
      stamp = 1;
    }
  }

  void clear() {
    value = null;
    text = null;
  }

  // FieldValue

  @Override
  public DatasetResource resource() {
    return value.resource();
  }

  @Override
  public long record() {
    return value.record();
  }

  @Override
  public FieldPath field() {
    return value.field();
  }

  @Override
  public String text() {
    return text;
  }

  // Tokens

  /** Per ASCII char, the token flags it adds (0: it ends a token). */
  private static final byte[] ASCII_FLAGS = new byte[128];
  /** Flags that keep a token from being {@link ValueAnalysis#DIGITS}. */
  private static final int NOT_DIGITS = HAS_LETTER | NON_ASCII;
  /** Set while tokenizing on a letter-or-digit char that is neither a letter nor a digit; never published. */
  private static final int OTHER = 1 << 30;

  static {
    for (char c = '0'; c <= '9'; c++) {
      ASCII_FLAGS[c] = (byte) HAS_DIGIT;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      ASCII_FLAGS[c] = (byte) (HAS_LOWER | HAS_LETTER);
    }
    for (char c = 'A'; c <= 'Z'; c++) {
      ASCII_FLAGS[c] = (byte) (HAS_UPPER | HAS_LETTER);
    }
  }

  /** The flags a non-ASCII char adds to its token, or 0 when it is no letter or digit. */
  private static int nonAsciiFlags(char c) {
    if (Character.isLetter(c)) {
      return NON_ASCII | HAS_LETTER | (Character.isUpperCase(c) ? HAS_UPPER : Character.isLowerCase(c) ? HAS_LOWER : 0);
    }
    if (Character.isDigit(c)) {
      return NON_ASCII | HAS_DIGIT; // not DIGITS, which means ASCII digits, which detectors parse
    }
    if (Character.isLetterOrDigit(c)) {
      return NON_ASCII | OTHER; // other letter-or-digit chars (none today, but stay total)
    }
    return 0;
  }

  /** The value's chars (the first {@code text.length()} of the array). */
  private char[] chars() {
    if (!copied) {
      int n = text.length();
      if (chars.length < n) {
        chars = new char[Math.max(n, chars.length * 2)];
      }
      text.getChars(0, n, chars, 0);
      copied = true;
    }
    return chars;
  }

  private void tokenize() {
    int all = 0;
    tokens = 0;
    digitCount = 0;
    bearingCount = 0;
    capitalCount = 0;
    char[] s = chars();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = s[i];
      int f = c < 128 ? ASCII_FLAGS[c] : nonAsciiFlags(c);
      if (f == 0) {
        i++;
        continue;
      }
      int start = i;
      boolean upperFirst = (f & HAS_UPPER) != 0;
      i++;
      while (i < n) {
        c = s[i];
        int g = c < 128 ? ASCII_FLAGS[c] : nonAsciiFlags(c);
        if (g == 0) {
          break;
        }
        f |= g;
        i++;
      }
      if ((f & NOT_DIGITS) == 0 && (f & OTHER) == 0) {
        f |= DIGITS;
      }
      if ((f & HAS_DIGIT) == 0 && (f & OTHER) == 0) {
        f |= LETTERS;
      }
      f &= ~OTHER;
      if (upperFirst) {
        f |= UPPER_FIRST;
      }
      if (tokens == starts.length) {
        int cap = tokens * 2;
        starts = Arrays.copyOf(starts, cap);
        ends = Arrays.copyOf(ends, cap);
        flags = Arrays.copyOf(flags, cap);
        wordIds = Arrays.copyOf(wordIds, cap);
        wordStamps = Arrays.copyOf(wordStamps, cap);
      }
      starts[tokens] = start;
      ends[tokens] = i;
      flags[tokens] = f;
      all |= f;
      if ((f & HAS_DIGIT) != 0) {
        if (bearingCount == bearingTokens.length) {
          bearingTokens = Arrays.copyOf(bearingTokens, bearingCount * 2);
        }
        bearingTokens[bearingCount++] = tokens;
        if ((f & DIGITS) != 0) {
          if (digitCount == digitTokens.length) {
            digitTokens = Arrays.copyOf(digitTokens, digitCount * 2);
          }
          digitTokens[digitCount++] = tokens;
        }
      }
      if (upperFirst && (i - start == 1 || (f & HAS_LOWER) != 0)) {
        if (capitalCount == capitalTokens.length) {
          capitalTokens = Arrays.copyOf(capitalTokens, capitalCount * 2);
        }
        capitalTokens[capitalCount++] = tokens;
      }
      tokens++;
    }
    valueFlags = all;
    tokenized = true; // only once complete: a detector that failed midway leaves no half result
  }

  @Override
  public int valueFlags() {
    if (!tokenized) {
      tokenize();
    }
    return valueFlags;
  }

  @Override
  public int tokenCount() {
    if (!tokenized) {
      tokenize();
    }
    return tokens;
  }

  @Override
  public int tokenStart(int t) {
    return starts[check(t)];
  }

  @Override
  public int tokenEnd(int t) {
    return ends[check(t)];
  }

  @Override
  public int tokenFlags(int t) {
    return flags[check(t)];
  }

  private int check(int t) {
    if (!tokenized) {
      tokenize();
    }
    if (t < 0 || t >= tokens) {
      throw new IndexOutOfBoundsException("token " + t + " of " + tokens);
    }
    return t;
  }

  @Override
  public int tokenAt(int offset) {
    if (!tokenized) {
      tokenize();
    }
    // The first token whose end is after offset.
    int lo = 0;
    int hi = tokens;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public int nextDigit(int from) {
    for (int t = tokenAt(from); t < tokens; t++) {
      if ((flags[t] & HAS_DIGIT) == 0) {
        continue;
      }
      for (int i = Math.max(from, starts[t]); i < ends[t]; i++) {
        char c = text.charAt(i);
        if (c >= '0' && c <= '9') {
          return i;
        }
      }
    }
    return -1;
  }

  @Override
  public int digitTokenCount() {
    if (!tokenized) {
      tokenize();
    }
    return digitCount;
  }

  @Override
  public int digitToken(int k) {
    if (!tokenized) {
      tokenize();
    }
    if (k < 0 || k >= digitCount) {
      throw new IndexOutOfBoundsException("digit token " + k + " of " + digitCount);
    }
    return digitTokens[k];
  }

  @Override
  public int digitBearingTokenCount() {
    if (!tokenized) {
      tokenize();
    }
    return bearingCount;
  }

  @Override
  public int digitBearingToken(int k) {
    if (!tokenized) {
      tokenize();
    }
    if (k < 0 || k >= bearingCount) {
      throw new IndexOutOfBoundsException("digit-bearing token " + k + " of " + bearingCount);
    }
    return bearingTokens[k];
  }

  @Override
  public int capitalisedTokenCount() {
    if (!tokenized) {
      tokenize();
    }
    return capitalCount;
  }

  @Override
  public int capitalisedToken(int k) {
    if (!tokenized) {
      tokenize();
    }
    if (k < 0 || k >= capitalCount) {
      throw new IndexOutOfBoundsException("capitalised token " + k + " of " + capitalCount);
    }
    return capitalTokens[k];
  }

  // Phrases

  /** The word id of token {@code t} (tokenized, in range), looked up once per value. */
  private int wordId(int t) {
    if (wordStamps[t] != stamp) {
      wordIds[t] = analyzer.words.lookup(text, starts[t], ends[t]);
      wordStamps[t] = stamp;
    }
    return wordIds[t];
  }

  /**
   * The first token of the shortest phrase of the slot that ends at token {@code last}, or -1. A
   * phrase spans at most {@code longestPhrase} tokens, each a phrase word; its words are followed
   * through the index from each possible first token.
   */
  private int phraseEndingAt(int slot, int last) {
    WordIndex index = analyzer.words;
    if (index.size == 0 || wordId(last) < 0) {
      return -1;
    }
    for (int first = last; first >= 0 && first > last - analyzer.longestPhrase; first--) {
      if (wordId(first) < 0) {
        return -1; // a phrase is made of phrase words only, so none that starts earlier reaches last either
      }
      int node = index.start(wordIds[first]);
      for (int t = first + 1; node >= 0 && t <= last; t++) {
        node = index.child(node, wordIds[t]); // every id from first to last is known and >= 0
      }
      if (node >= 0 && holds(index.terminals(node), slot)) {
        return first;
      }
    }
    return -1;
  }

  /** Whether a phrase of the slot starts at token {@code first}. */
  private boolean phraseStartsAt(int slot, int first) {
    WordIndex index = analyzer.words;
    if (index.size == 0 || wordId(first) < 0) {
      return false;
    }
    int node = index.start(wordIds[first]);
    int t = first;
    while (node >= 0) {
      if (holds(index.terminals(node), slot)) {
        return true;
      }
      t++;
      if (t >= tokens || wordId(t) < 0) {
        return false;
      }
      node = index.child(node, wordIds[t]);
    }
    return false;
  }

  private static boolean holds(int[] slots, int slot) {
    for (int s : slots) {
      if (s == slot) {
        return true;
      }
    }
    return false;
  }

  private int phraseSlot(PhraseSet set) {
    int slot = analyzer.slotOf(set);
    if (slot < 0) {
      throw new IllegalArgumentException(set + " was not declared in the needs of a detector of this analyzer");
    }
    if (!tokenized) {
      tokenize();
    }
    return slot;
  }

  @Override
  public boolean near(PhraseSet set, int start, int end, int tokensBefore, int tokensAfter) {
    return near(set, start, end, tokensBefore, tokensAfter, 0);
  }

  @Override
  public boolean near(PhraseSet set, int start, int end, int tokensBefore, int tokensAfter, int notBefore) {
    int slot = phraseSlot(set);
    int first = tokenAt(start); // first token touching [start, end)
    int last = tokenAt(Math.max(start, end - 1));
    if (last >= tokens || starts[last] >= end) {
      last--; // no token touches the end: the candidate's last token is before it
    }
    // A phrase that ends in the tokensBefore tokens before the candidate (each ends at or before
    // start), the shortest one ending there starting latest; or one that starts in the
    // tokensAfter tokens after it.
    for (int l = first - 1; l >= 0 && l >= first - tokensBefore; l--) {
      int f = phraseEndingAt(slot, l);
      if (f >= 0 && starts[f] >= notBefore) {
        return true;
      }
    }
    for (int f = last + 1; f < tokens && f <= last + tokensAfter; f++) {
      if (starts[f] >= end && starts[f] >= notBefore && phraseStartsAt(slot, f)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean endsRightBefore(PhraseSet set, int offset, String gap) {
    int slot = phraseSlot(set);
    int e = offset;
    while (e > 0 && gap.indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    if (e == 0) {
      return false;
    }
    int t = tokenAt(e - 1); // the token that must end at e
    if (t >= tokens || ends[t] != e) {
      return false;
    }
    return phraseEndingAt(slot, t) >= 0;
  }

  @Override
  public boolean contains(PhraseSet set) {
    int slot = phraseSlot(set);
    for (int t = 0; t < tokens; t++) {
      if (phraseStartsAt(slot, t)) {
        return true;
      }
    }
    return false;
  }

  // Keywords

  private int keywordSlot(KeywordSet set) {
    int slot = analyzer.slotOf(set);
    if (slot < 0) {
      throw new IllegalArgumentException(set + " was not declared in the needs of a detector of this analyzer");
    }
    search();
    return slot;
  }

  private void search() {
    if (!searched) {
      // Only the sets the last search hit have counts to clear: most values hit none of hundreds.
      for (int k = 0; k < hitSetCount; k++) {
        keywordCount[hitSets[k]] = 0;
      }
      hitSetCount = 0;
      analyzer.keywords.search(chars(), text.length(), this);
      searched = true;
    }
  }

  @Override
  public boolean mayContain(PhraseSet set) {
    int screen = analyzer.screens[phraseSlot(set)];
    if (screen == -1 || (valueFlags & NON_ASCII) != 0) {
      return true; // not screened, or a token the ASCII-folding automaton may read otherwise than the word index
    }
    if (screen == ValueAnalyzer.NO_ASCII_PHRASE) {
      return false; // every phrase has a word outside ASCII, and every token here is ASCII
    }
    search();
    return keywordCount[screen] > 0;
  }

  @Override
  public void hit(int set, int keyword, int end) {
    int c = keywordCount[set];
    if (c == 0) {
      hitSets[hitSetCount++] = set; // each set at most once per search: room for all of them
    }
    if (c == keywordIndex[set].length) {
      keywordIndex[set] = Arrays.copyOf(keywordIndex[set], c * 2);
      keywordEnd[set] = Arrays.copyOf(keywordEnd[set], c * 2);
    }
    keywordIndex[set][c] = keyword;
    keywordEnd[set][c] = end;
    keywordCount[set] = c + 1;
  }

  @Override
  public int keywordHits(KeywordSet set) {
    return keywordCount[keywordSlot(set)];
  }

  @Override
  public int keywordHit(KeywordSet set, int i) {
    int slot = keywordSlot(set);
    if (i < 0 || i >= keywordCount[slot]) {
      throw new IndexOutOfBoundsException("keyword hit " + i + " of " + keywordCount[slot]);
    }
    return keywordIndex[slot][i];
  }

  @Override
  public int keywordHitEnd(KeywordSet set, int i) {
    int slot = keywordSlot(set);
    if (i < 0 || i >= keywordCount[slot]) {
      throw new IndexOutOfBoundsException("keyword hit " + i + " of " + keywordCount[slot]);
    }
    return keywordEnd[slot][i];
  }

  // Field traits

  @Override
  public boolean has(FieldTrait trait) {
    int slot = analyzer.slotOf(trait);
    if (slot < 0) {
      throw new IllegalArgumentException(trait + " was not declared in the needs of a detector of this analyzer");
    }
    FieldPath path = value.field();
    FieldPath.TraitMemo memo = path.traits;
    int word = slot >>> 6;
    long bit = 1L << (slot & 63);
    if (memo != null && memo.owner() == analyzer && (memo.decided()[word] & bit) != 0) {
      return (memo.holds()[word] & bit) != 0;
    }
    boolean holds = trait.test(path); // pure: a race only decides it twice
    int words = (analyzer.traits.length + 63) / 64;
    long[] decided = memo != null && memo.owner() == analyzer ? memo.decided().clone() : new long[words];
    long[] yes = memo != null && memo.owner() == analyzer ? memo.holds().clone() : new long[words];
    decided[word] |= bit;
    if (holds) {
      yes[word] |= bit;
    }
    path.traits = new FieldPath.TraitMemo(analyzer, decided, yes);
    return holds;
  }
}
