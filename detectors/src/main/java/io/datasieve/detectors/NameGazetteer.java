package io.datasieve.detectors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * First names, surnames and names that are also common words, from the lists in {@code
 * names/} (sources and licences in {@code names/NOTICE.md}). Loaded once, on first use.
 */
final class NameGazetteer {
  /** {@link #bits}: a first name. */
  static final int FIRST = 1;
  /** {@link #bits}: a surname. */
  static final int SURNAME = 2;
  /** {@link #bits}: a name that is also a common word, month or day. */
  static final int COMMON = 4;

  private static final class Lists {
    /** Every list in one table: a word is looked up once for all of them. */
    static final FoldedWords ALL = load();
  }

  private NameGazetteer() {}

  static boolean isFirstName(String token) {
    return (bits(token, 0, token.length()) & FIRST) != 0;
  }

  static boolean isSurname(String token) {
    return (bits(token, 0, token.length()) & SURNAME) != 0;
  }

  /** A name that is also a common word, month or day: not evidence on its own. */
  static boolean isCommonWord(String token) {
    return (bits(token, 0, token.length()) & COMMON) != 0;
  }

  /** What {@code s[from, to)} is ({@link #FIRST}, {@link #SURNAME}, {@link #COMMON}), 0 for none; nothing is copied. */
  static int bits(CharSequence s, int from, int to) {
    return Lists.ALL.bits(s, from, to);
  }

  private static FoldedWords load() {
    Map<String, Integer> words = new HashMap<>();
    read("first-names-en.txt", FIRST, words);
    read("surnames-en.txt", SURNAME, words);
    read("common-words-en.txt", COMMON, words);
    return new FoldedWords(words);
  }

  private static void read(String file, int bit, Map<String, Integer> words) {
    try (InputStream in = NameGazetteer.class.getResourceAsStream("names/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource names/" + file);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          words.merge(line.toLowerCase(Locale.ROOT), bit, (x, y) -> x | y);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
