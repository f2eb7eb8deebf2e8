package io.datasieve.detectors;

import java.util.Arrays;

/**
 * The words and sentences the person-name model reads: one tokenization for training and for
 * scanning, so that the model sees at run time exactly the tokens it was trained on.
 *
 * <p>A word is a letter followed by letters, combining marks, digits, and apostrophes or hyphens
 * that join two letters ("O'Brien", "Jean-Luc", "Mikolčić"); a possessive {@code 's} is a token of
 * its own ("Misty" "'s"). A number is a digit followed by letters and digits ("3rd"). Every other
 * char that is not white space is a token by itself (":", ",", "\""). A sentence ends at a line
 * break, and at {@code .}, {@code !} or {@code ?} followed by white space, except after an initial
 * or a title ("J. Smith", "Dr. Lee"); sentences longer than {@link #MAX_SENTENCE} tokens are cut.
 */
final class NameTokens {
  /** Longest sentence handed to the model, in tokens. */
  static final int MAX_SENTENCE = 60;

  private final String text;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private int count;
  /** Token index where each sentence starts; {@code sentenceStarts[sentences] == count}. */
  private int[] sentenceStarts = new int[4];
  private int sentences;

  private NameTokens(String text) {
    this.text = text;
  }

  /** The tokens and sentences of {@code text}. */
  static NameTokens of(String text) {
    NameTokens t = new NameTokens(text);
    t.split();
    return t;
  }

  String text() {
    return text;
  }

  int sentenceCount() {
    return sentences;
  }

  /** The tokens of sentence {@code k}, as strings. */
  String[] sentence(int k) {
    return words(sentenceStarts[k], sentenceStarts[k + 1]);
  }

  /** Tokens {@code [from, to)} as strings. */
  String[] words(int from, int to) {
    String[] out = new String[to - from];
    for (int i = from; i < to; i++) {
      out[i - from] = text.substring(starts[i], ends[i]);
    }
    return out;
  }

  /** Index of the first token of sentence {@code k} among all tokens. */
  int sentenceStart(int k) {
    return sentenceStarts[k];
  }

  int tokenCount() {
    return count;
  }

  int start(int token) {
    return starts[token];
  }

  int end(int token) {
    return ends[token];
  }

  private void split() {
    String s = text;
    int n = s.length();
    int i = 0;
    int sentenceFrom = 0;
    boolean lineBreak = false;
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        lineBreak |= c == '\n' || c == '\r';
        i++;
        continue;
      }
      if (lineBreak || count - sentenceFrom >= MAX_SENTENCE || count > sentenceFrom && endsSentence(count - 1, i)) {
        if (count > sentenceFrom) {
          addSentence(sentenceFrom);
          sentenceFrom = count;
        }
      }
      lineBreak = false;
      int e;
      if (Character.isLetter(c)) {
        e = wordEnd(s, i);
      } else if (Character.isDigit(c)) {
        e = i + 1;
        while (e < n && Character.isLetterOrDigit(s.charAt(e))) {
          e++;
        }
      } else if ((c == '\'' || c == '’') && i + 1 < n && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
          && (i + 2 >= n || !Character.isLetter(s.charAt(i + 2))) && i > 0 && Character.isLetter(s.charAt(i - 1))) {
        e = i + 2; // possessive 's
      } else {
        e = Character.isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
      }
      add(i, e);
      i = e;
    }
    if (count > sentenceFrom) {
      addSentence(sentenceFrom);
    }
    if (sentenceStarts.length <= sentences) {
      sentenceStarts = Arrays.copyOf(sentenceStarts, sentences + 1);
    }
    sentenceStarts[sentences] = count;
  }

  /** Whether token {@code t} ends a sentence, the next token starting at {@code next}. */
  private boolean endsSentence(int t, int next) {
    if (ends[t] == next || ends[t] - starts[t] != 1) {
      return false; // no white space after it, or not a single char
    }
    char c = text.charAt(starts[t]);
    if (c == '!' || c == '?') {
      return true;
    }
    if (c != '.' || t == 0) {
      return false;
    }
    int p = t - 1;
    if (ends[p] != starts[t]) {
      return true;
    }
    int len = ends[p] - starts[p];
    if (len == 1 && Character.isUpperCase(text.charAt(starts[p]))) {
      return false; // an initial
    }
    return !(len <= 4 && Character.isUpperCase(text.charAt(starts[p]))
        && TITLES.contains(text, starts[p], ends[p]));
  }

  private static final FoldedWords TITLES = FoldedWords.of(
      "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "mx", "rev", "gen", "col", "capt", "lt", "sgt", "hon");

  /** The end of the word starting with the letter at {@code i}. */
  static int wordEnd(String s, int i) {
    int n = s.length();
    int e = i + 1;
    while (e < n) {
      char c = s.charAt(e);
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        e++;
      } else if ((c == '\'' || c == '’' || c == '-') && e + 1 < n && Character.isLetter(s.charAt(e + 1))
          && !(c != '-' && (s.charAt(e + 1) == 's' || s.charAt(e + 1) == 'S') && (e + 2 >= n || !Character.isLetter(s.charAt(e + 2))))) {
        e += 2;
      } else {
        break;
      }
    }
    return e;
  }

  private void add(int start, int end) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
    }
    starts[count] = start;
    ends[count] = end;
    count++;
  }

  private void addSentence(int from) {
    if (sentences + 1 >= sentenceStarts.length) {
      sentenceStarts = Arrays.copyOf(sentenceStarts, sentenceStarts.length * 2);
    }
    sentenceStarts[sentences++] = from;
  }
}
