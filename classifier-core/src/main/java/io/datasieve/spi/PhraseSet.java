package io.datasieve.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Context phrases a detector looks for near its candidates ("ssn", "social security", "my name
 * is"), matched on whole words and ignoring case, with any run of non-alphanumerics between the
 * words of a phrase: "lic" never matches inside "public", and "Social-Security" matches "social
 * security". Declared in a detector's {@link AnalysisNeeds}; the scanner compiles every declared
 * set into one word index when it is built, and {@link ValueAnalysis#near} answers from one pass
 * over each value's words.
 *
 * <p>Immutable and thread-safe; compared by identity, so create each set once (a constant).
 */
public final class PhraseSet {
  private final String name;
  private final List<List<String>> phrases;
  /**
   * The slot of this set in the analyzer that last looked it up, as {@code (analyzer id << 32) |
   * slot}: a one-entry cache in front of the analyzer's map that holds no reference to it.
   */
  volatile long slot;

  private PhraseSet(String name, List<List<String>> phrases) {
    this.name = name;
    this.phrases = phrases;
  }

  /**
   * A set of phrases.
   *
   * @param name what the set means, for messages ({@code "ssn context"})
   * @param phrases words separated by spaces; other non-alphanumerics are ignored
   *     ({@code "ssn#"} is {@code "ssn"})
   * @throws IllegalArgumentException naming a phrase with no word, or when there is none
   */
  public static PhraseSet of(String name, String... phrases) {
    Objects.requireNonNull(name, "name");
    if (phrases.length == 0) {
      throw new IllegalArgumentException("phrase set '" + name + "' has no phrase");
    }
    List<List<String>> out = new ArrayList<>();
    for (String p : phrases) {
      List<String> words = words(p);
      if (words.isEmpty()) {
        throw new IllegalArgumentException("phrase '" + p + "' of set '" + name + "' has no letter or digit");
      }
      if (!out.contains(words)) {
        out.add(List.copyOf(words));
      }
    }
    return new PhraseSet(name, List.copyOf(out));
  }

  /**
   * Splits at every char that is not a letter or digit and folds the words char by char, as the
   * word index folds a value's tokens (so "İzmir" and "ΟΔΟΣ" match themselves in any case).
   */
  static List<String> words(String phrase) {
    List<String> words = new ArrayList<>();
    int i = 0;
    int n = phrase.length();
    while (i < n) {
      if (!Character.isLetterOrDigit(phrase.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && Character.isLetterOrDigit(phrase.charAt(j))) {
        j++;
      }
      StringBuilder w = new StringBuilder(j - i);
      for (int k = i; k < j; k++) {
        w.append(WordIndex.fold(phrase.charAt(k)));
      }
      words.add(w.toString());
      i = j;
    }
    return words;
  }

  /** The set's name. */
  public String name() {
    return name;
  }

  /** The phrases, each as its lower-case words. */
  public List<List<String>> phrases() {
    return phrases;
  }

  @Override
  public String toString() {
    return "PhraseSet[" + name + "]";
  }
}
