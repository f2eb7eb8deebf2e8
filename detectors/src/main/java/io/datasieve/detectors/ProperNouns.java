package io.datasieve.detectors;

import java.util.Arrays;

/**
 * Asks the OpenNLP POS tagger whether the word at an offset is a proper noun, from a short window
 * around it. The tagger is the expensive part of name detection, so two things keep it cheap:
 *
 * <ul>
 *   <li>The window is split into tokens by rules close to UD English-EWT's (words, numbers,
 *       punctuation, and contractions such as {@code n't}, {@code 's} and {@code 'm} on their own),
 *       not by the maxent tokenizer, which costs a third of the tagging.
 *   <li>Each thread remembers its last tagged window: another candidate of the same value that
 *       lies well inside it (a surname after a first name) reuses its tags.
 * </ul>
 */
final class ProperNouns {
  /** Chars of context on each side of the word, extended to whitespace. */
  static final int WINDOW = 32;
  /** A remembered window answers for a word at least this far from its edges. */
  private static final int MARGIN = 12;

  private static final ThreadLocal<ProperNouns> PER_THREAD = ThreadLocal.withInitial(ProperNouns::new);

  private String text;
  private int from;
  private int to;
  private int count;
  private int[] starts = new int[32];
  private int[] ends = new int[32];
  private String[] tags = new String[0];

  private ProperNouns() {}

  /** Whether the POS tagger calls the word starting at {@code start} a proper noun. */
  static boolean at(String s, int start) {
    return PER_THREAD.get().tag(s, start);
  }

  private boolean tag(String s, int start) {
    if (s != text || start < from + MARGIN && from > 0 || start > to - MARGIN && to < s.length()) {
      window(s, start);
    }
    int k = Arrays.binarySearch(starts, 0, count, start);
    if (k < 0) {
      return false;
    }
    return tags[k].equals("PROPN") || tags[k].startsWith("NNP");
  }

  private void window(String s, int start) {
    int f = Math.max(0, start - WINDOW);
    int t = Math.min(s.length(), start + WINDOW);
    while (f > 0 && !Character.isWhitespace(s.charAt(f - 1))) {
      f--;
    }
    while (t < s.length() && !Character.isWhitespace(s.charAt(t))) {
      t++;
    }
    text = s;
    from = f;
    to = t;
    tokenize(s, f, t);
    String[] tokens = new String[count];
    for (int k = 0; k < count; k++) {
      tokens[k] = s.substring(starts[k], ends[k]);
    }
    tags = EnglishModels.tagger().tag(tokens);
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
          if (!Character.isLetterOrDigit(d) && !inNumber) {
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
      } else if (isApostrophe(c) && j < to && Character.isLetter(s.charAt(j)) && i > from && Character.isLetter(s.charAt(i - 1))) {
        // a clitic: 's 'm 're 've 'll 'd
        while (j < to && Character.isLetter(s.charAt(j)) && j - i <= 3) {
          j++;
        }
      }
      add(i, j);
      i = j;
    }
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
