package io.datasieve.detectors;

import java.util.Arrays;

/**
 * Asks the OpenNLP POS tagger whether the word at an offset is a proper noun, from a short window
 * around it. The tagger is the expensive part of name detection, so three things keep it cheap:
 *
 * <ul>
 *   <li>The window is split into tokens by rules close to UD English-EWT's (words, numbers,
 *       punctuation, and contractions such as {@code n't}, {@code 's} and {@code 'm} on their own),
 *       not by the maxent tokenizer, which costs a third of the tagging.
 *   <li>Tags are decoded greedily, left to right, and only up to the word asked about: each word's
 *       tag is the model's best given the window's words (those after it included) and the tags
 *       already chosen before it. The beam search of {@code POSTaggerME.tag} evaluates the model
 *       three times per word of the whole window; this evaluates it once per word up to the
 *       candidate, about a sixth as often. On the project's prose corpora and on outside labeled
 *       text the two decodings gave the same proper-noun answer for every candidate asked.
 *   <li>Each thread remembers its last window: a candidate of the same value whose window has
 *       exactly the same bounds (both words of "Grace Hopper" when the value is short) reuses the
 *       tags already decoded, which are then exactly what decoding again would give.
 * </ul>
 */
final class ProperNouns {
  /** Chars of context on each side of the word, extended to whitespace. */
  static final int WINDOW = 32;
  /** Off only in the test that proves the remembered window changes nothing. */
  static volatile boolean remember = true;

  private static final ThreadLocal<ProperNouns> PER_THREAD = ThreadLocal.withInitial(ProperNouns::new);

  private String text;
  private int from;
  private int to;
  private int count;
  private int[] starts = new int[32];
  private int[] ends = new int[32];
  /** The window's words, and the tags decoded so far (of its first {@code decoded} words). */
  private String[] words = new String[0];
  private String[] tags = new String[0];
  private int decoded;

  private ProperNouns() {}

  /** A fresh instance, for tests of the tokenizer. */
  static ProperNouns forTests() {
    return new ProperNouns();
  }

  int count() {
    return count;
  }

  int start(int k) {
    return starts[k];
  }

  int end(int k) {
    return ends[k];
  }

  /** Whether the POS tagger calls the word starting at {@code start} a proper noun. */
  static boolean at(String s, int start) {
    return PER_THREAD.get().tag(s, start);
  }

  /**
   * Whether the tagger calls both words proper nouns, from one window around the first (the
   * second, a word or two later, lies inside it).
   */
  static boolean both(String s, int first, int second) {
    ProperNouns p = PER_THREAD.get();
    return p.tag(s, first) && p.tagged(second);
  }

  /** Whether a word of the current window is tagged a proper noun; false when it is not a token of it. */
  private boolean tagged(int start) {
    int k = Arrays.binarySearch(starts, 0, count, start);
    return k >= 0 && properNoun(k);
  }

  /** Decodes the window's tags up to word {@code k}, then: is it a proper noun? */
  private boolean properNoun(int k) {
    for (; decoded <= k; decoded++) {
      tags[decoded] = EnglishModels.bestTag(words, tags, decoded);
    }
    return tags[k].equals("PROPN") || tags[k].startsWith("NNP");
  }

  private boolean tag(String s, int start) {
    int f = Math.max(0, start - WINDOW);
    int t = Math.min(s.length(), start + WINDOW);
    while (f > 0 && !Character.isWhitespace(s.charAt(f - 1))) {
      f--;
    }
    while (t < s.length() && !Character.isWhitespace(s.charAt(t))) {
      t++;
    }
    if (!remember || !s.equals(text) || f != from || t != to) {
      window(s, f, t);
    }
    int k = Arrays.binarySearch(starts, 0, count, start);
    return k >= 0 && properNoun(k);
  }

  private void window(String s, int f, int t) {
    text = s.length() <= 4 * WINDOW ? s : null; // remember short values only: a thread holds no large text
    from = f;
    to = t;
    tokenize(s, f, t);
    words = new String[count];
    tags = new String[count];
    decoded = 0;
    for (int k = 0; k < count; k++) {
      words[k] = s.substring(starts[k], ends[k]);
    }
  }

  /**
   * The beam search's answer for the same window (every tag of it decoded by {@code
   * POSTaggerME.tag}): the oracle that tests hold the greedy decoding to.
   */
  static boolean atByBeamSearch(String s, int start) {
    ProperNouns p = new ProperNouns();
    int f = Math.max(0, start - WINDOW);
    int t = Math.min(s.length(), start + WINDOW);
    while (f > 0 && !Character.isWhitespace(s.charAt(f - 1))) {
      f--;
    }
    while (t < s.length() && !Character.isWhitespace(s.charAt(t))) {
      t++;
    }
    p.tokenize(s, f, t);
    String[] tokens = new String[p.count];
    for (int k = 0; k < p.count; k++) {
      tokens[k] = s.substring(p.starts[k], p.ends[k]);
    }
    String[] tags = EnglishModels.tagger().tag(tokens);
    int k = Arrays.binarySearch(p.starts, 0, p.count, start);
    return k >= 0 && (tags[k].equals("PROPN") || tags[k].startsWith("NNP"));
  }

  /** Rule-based tokens of {@code s[from, to)}, as offsets in {@code s}. */
  void tokenize(String s, int from, int to) {
    count = 0;
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int j = i + 1;
      if (Character.isLetterOrDigit(c)) {
        while (j < to) {
          char d = s.charAt(j);
          boolean inNumber = (d == '.' || d == ',') && Character.isDigit(s.charAt(j - 1)) && j + 1 < to
              && Character.isDigit(s.charAt(j + 1));
          // An apostrophe inside a name (O'Brien, D'Souza) is part of the word; before a clitic
          // ('s, 'll, n't) it is not.
          boolean inName = isApostrophe(d) && Character.isLetter(s.charAt(j - 1)) && j + 1 < to
              && Character.isLetter(s.charAt(j + 1)) && !cliticAfter(s, j + 1, to)
              && !((s.charAt(j - 1) == 'n' || s.charAt(j - 1) == 'N') && (s.charAt(j + 1) == 't' || s.charAt(j + 1) == 'T'));
          if (!Character.isLetterOrDigit(d) && !inNumber && !inName) {
            break;
          }
          j++;
        }
        // "don't" -> "do" + "n't"
        if (j - i > 1 && (s.charAt(j - 1) == 'n' || s.charAt(j - 1) == 'N') && j + 1 < to && isApostrophe(s.charAt(j))
            && (s.charAt(j + 1) == 't' || s.charAt(j + 1) == 'T') && (j + 2 >= to || !Character.isLetter(s.charAt(j + 2)))) {
          add(i, j - 1);
          add(j - 1, j + 2);
          i = j + 2;
          continue;
        }
      } else if (isApostrophe(c) && i > from && Character.isLetter(s.charAt(i - 1))) {
        // a clitic ('s 'm 'd 're 've 'll) ending the word; not the apostrophe of O'Brien or D'Souza
        int k = j;
        while (k < to && Character.isLetter(s.charAt(k)) && k - j < 2) {
          k++;
        }
        if (k > j && (k >= to || !Character.isLetter(s.charAt(k))) && isClitic(s, j, k)) {
          j = k;
        }
      }
      add(i, j);
      i = j;
    }
  }

  /** Whether the letters from {@code from} up to the next non-letter are a clitic. */
  private static boolean cliticAfter(String s, int from, int to) {
    int k = from;
    while (k < to && Character.isLetter(s.charAt(k)) && k - from < 3) {
      k++;
    }
    return (k >= to || !Character.isLetter(s.charAt(k))) && isClitic(s, from, k);
  }

  private static boolean isClitic(String s, int from, int to) {
    String w = s.substring(from, to).toLowerCase(java.util.Locale.ROOT);
    return w.equals("s") || w.equals("m") || w.equals("d") || w.equals("re") || w.equals("ve") || w.equals("ll");
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  private void add(int start, int end) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
    }
    starts[count] = start;
    ends[count++] = end;
  }
}
