package io.datasieve.detectors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * First names, surnames and names that are also common words, from the lists in {@code
 * names/} (sources and licences in {@code names/NOTICE.md}). Loaded once, on first use.
 */
final class NameGazetteer {
  private static final class Lists {
    static final FoldedWords FIRST = load("first-names-en.txt");
    static final FoldedWords SURNAMES = load("surnames-en.txt");
    static final FoldedWords COMMON = load("common-words-en.txt");
  }

  private NameGazetteer() {}

  static boolean isFirstName(String token) {
    return Lists.FIRST.contains(token);
  }

  static boolean isSurname(String token) {
    return Lists.SURNAMES.contains(token);
  }

  /** A name that is also a common word, month or day: not evidence on its own. */
  static boolean isCommonWord(String token) {
    return Lists.COMMON.contains(token);
  }

  /** {@link #isFirstName} of {@code s[from, to)}, without copying it. */
  static boolean isFirstName(CharSequence s, int from, int to) {
    return Lists.FIRST.contains(s, from, to);
  }

  /** {@link #isSurname} of {@code s[from, to)}, without copying it. */
  static boolean isSurname(CharSequence s, int from, int to) {
    return Lists.SURNAMES.contains(s, from, to);
  }

  /** {@link #isCommonWord} of {@code s[from, to)}, without copying it. */
  static boolean isCommonWord(CharSequence s, int from, int to) {
    return Lists.COMMON.contains(s, from, to);
  }

  private static FoldedWords load(String file) {
    Set<String> out = new HashSet<>();
    try (InputStream in = NameGazetteer.class.getResourceAsStream("names/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource names/" + file);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(line.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new FoldedWords(out);
  }
}
