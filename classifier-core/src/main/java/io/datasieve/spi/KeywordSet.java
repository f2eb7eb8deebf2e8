package io.datasieve.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Keywords a detector needs to find anywhere in a value, inside words too ({@code "ghp_"},
 * {@code "-----begin"}, {@code "password"}), ignoring ASCII case: the gate of rules that only
 * run where one of their keywords occurs. Declared in {@link AnalysisNeeds}; the scanner compiles
 * the keywords of every detector into one automaton when it is built, which runs once per value,
 * and only for values whose detectors ask ({@link ValueAnalysis#keywordHits}).
 *
 * <p>Immutable and thread-safe; compared by identity, so create each set once.
 */
public final class KeywordSet {
  private final String name;
  private final List<String> keywords;
  /**
   * The slot of this set in the analyzer that last looked it up, as {@code (analyzer id << 32) |
   * slot}: a one-entry cache in front of the analyzer's map that holds no reference to it.
   */
  volatile long slot;

  private KeywordSet(String name, List<String> keywords) {
    this.name = name;
    this.keywords = keywords;
  }

  /**
   * A set of keywords; their order is the index reported by {@link ValueAnalysis#keywordHit}.
   *
   * @param name what the set is for, for messages
   * @param keywords ASCII (compared ignoring ASCII case), not empty
   * @throws IllegalArgumentException when there is no keyword, or naming one that is empty or not
   *     ASCII
   */
  public static KeywordSet of(String name, List<String> keywords) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(keywords, () -> "keywords of set '" + name + "'");
    if (keywords.isEmpty()) {
      throw new IllegalArgumentException("keyword set '" + name + "' has no keyword");
    }
    List<String> out = new ArrayList<>(keywords.size());
    for (String k : keywords) {
      if (k == null || k.isEmpty() || !k.chars().allMatch(c -> c < 0x80)) {
        throw new IllegalArgumentException("keyword of set '" + name + "' must be non-empty ASCII: '" + k + "'");
      }
      out.add(k.toLowerCase(Locale.ROOT));
    }
    return new KeywordSet(name, List.copyOf(out));
  }

  /** The set's name. */
  public String name() {
    return name;
  }

  /** The keywords, lower case, in the order given. */
  public List<String> keywords() {
    return keywords;
  }

  @Override
  public String toString() {
    return "KeywordSet[" + name + ", " + keywords.size() + " keywords]";
  }
}
