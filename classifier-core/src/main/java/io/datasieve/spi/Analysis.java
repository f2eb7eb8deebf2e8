package io.datasieve.spi;

import io.datasieve.DatasetResource;
import java.util.Arrays;

/**
 * The reusable, per-thread {@link ValueAnalysis} of a {@link ValueAnalyzer}. Each part (tokens,
 * phrase hits, keyword hits) is computed on first use and kept in arrays that grow and are reused,
 * so the hot path allocates nothing once they have grown to fit.
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
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private int[] flags = new int[16];
  private int digitCount;
  private int[] digitTokens = new int[8];
  private int capitalCount;
  private int[] capitalTokens = new int[8];

  // Phrase hits per phrase-set slot: first and last token of each occurrence.
  private boolean phrased;
  private final int[] phraseHitCount;
  private final int[][] phraseFirst;
  private final int[][] phraseLast;
  private int[] wordIds = new int[16];

  // Keyword hits per keyword-set slot.
  private boolean searched;
  private final int[] keywordCount;
  private final int[][] keywordIndex;
  private final int[][] keywordEnd;


  Analysis(ValueAnalyzer analyzer) {
    this.analyzer = analyzer;
    int p = analyzer.phraseSets.length;
    phraseHitCount = new int[p];
    phraseFirst = new int[p][4];
    phraseLast = new int[p][4];
    int k = analyzer.keywordSets.length;
    keywordCount = new int[k];
    keywordIndex = new int[k][4];
    keywordEnd = new int[k][4];
  }

  void reset(FieldValue v) {
    this.value = v;
    this.text = v.text();
    tokenized = false;
    phrased = false;
    searched = false;
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

  private void tokenize() {
    int all = 0;
    tokens = 0;
    digitCount = 0;
    capitalCount = 0;
    String s = text;
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      int f = c < 128 ? ASCII_FLAGS[c] : nonAsciiFlags(c);
      if (f == 0) {
        i++;
        continue;
      }
      int start = i;
      boolean upperFirst = (f & HAS_UPPER) != 0;
      i++;
      while (i < n) {
        c = s.charAt(i);
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
      }
      starts[tokens] = start;
      ends[tokens] = i;
      flags[tokens] = f;
      all |= f;
      if ((f & DIGITS) != 0) {
        if (digitCount == digitTokens.length) {
          digitTokens = Arrays.copyOf(digitTokens, digitCount * 2);
        }
        digitTokens[digitCount++] = tokens;
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

  private void findPhrases() {
    Arrays.fill(phraseHitCount, 0);
    WordIndex index = analyzer.words;
    if (index.size == 0) {
      phrased = true;
      return;
    }
    int n = tokenCount();
    if (wordIds.length < n) {
      wordIds = new int[Math.max(n, wordIds.length * 2)];
    }
    for (int t = 0; t < n; t++) {
      wordIds[t] = index.lookup(text, starts[t], ends[t]);
    }
    for (int t = 0; t < n; t++) {
      if (wordIds[t] < 0) {
        continue;
      }
      int node = index.start(wordIds[t]);
      int last = t;
      while (node >= 0) {
        int[] sets = index.terminals(node);
        for (int s : sets) {
          addPhraseHit(s, t, last);
        }
        last++;
        if (last >= n || wordIds[last] < 0) {
          break;
        }
        node = index.child(node, wordIds[last]);
      }
    }
    phrased = true;
  }

  private void addPhraseHit(int slot, int first, int last) {
    int c = phraseHitCount[slot];
    if (c == phraseFirst[slot].length) {
      phraseFirst[slot] = Arrays.copyOf(phraseFirst[slot], c * 2);
      phraseLast[slot] = Arrays.copyOf(phraseLast[slot], c * 2);
    }
    phraseFirst[slot][c] = first;
    phraseLast[slot][c] = last;
    phraseHitCount[slot] = c + 1;
  }

  private int phraseSlot(PhraseSet set) {
    int slot = analyzer.slotOf(set);
    if (slot < 0) {
      throw new IllegalArgumentException(set + " was not declared in the needs of a detector of this analyzer");
    }
    if (!phrased) {
      findPhrases();
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
    int count = phraseHitCount[slot];
    if (count == 0) {
      return false;
    }
    int first = tokenAt(start); // first token touching [start, end)
    int last = tokenAt(Math.max(start, end - 1));
    if (last >= tokens || starts[last] >= end) {
      last--; // no token touches the end: the candidate's last token is before it
    }
    // Hits are in order of their first token, and a phrase spans at most longestPhrase tokens:
    // binary search to the window, then look at the hits inside it only.
    int[] f = phraseFirst[slot];
    int[] l = phraseLast[slot];
    int span = analyzer.longestPhrase - 1;
    for (int k = lowerBound(f, count, first - tokensBefore - span); k < count && f[k] < first; k++) {
      if (l[k] < first && l[k] >= first - tokensBefore && ends[l[k]] <= start && starts[f[k]] >= notBefore) {
        return true;
      }
    }
    for (int k = lowerBound(f, count, last + 1); k < count && f[k] <= last + tokensAfter; k++) {
      if (starts[f[k]] >= end && starts[f[k]] >= notBefore) {
        return true;
      }
    }
    return false;
  }

  /** The first index in {@code a[0, count)} (ascending) whose value is at least {@code key}. */
  private static int lowerBound(int[] a, int count, int key) {
    int lo = 0;
    int hi = count;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public boolean endsRightBefore(PhraseSet set, int offset, String gap) {
    int slot = phraseSlot(set);
    int count = phraseHitCount[slot];
    if (count == 0) {
      return false;
    }
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
    int[] f = phraseFirst[slot];
    int[] l = phraseLast[slot];
    for (int k = lowerBound(f, count, t - (analyzer.longestPhrase - 1)); k < count && f[k] <= t; k++) {
      if (l[k] == t) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean contains(PhraseSet set) {
    return phraseHitCount[phraseSlot(set)] > 0;
  }

  // Keywords

  private int keywordSlot(KeywordSet set) {
    int slot = analyzer.slotOf(set);
    if (slot < 0) {
      throw new IllegalArgumentException(set + " was not declared in the needs of a detector of this analyzer");
    }
    if (!searched) {
      Arrays.fill(keywordCount, 0);
      analyzer.keywords.search(text, this);
      searched = true;
    }
    return slot;
  }

  @Override
  public void hit(int set, int keyword, int end) {
    int c = keywordCount[set];
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
