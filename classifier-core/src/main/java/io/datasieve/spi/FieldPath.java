package io.datasieve.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The name of a field: a CSV column name, or a JSON path such as {@code $.messages[2].content} for
 * nested formats. Besides the path itself it carries the words of its last named segment, lower
 * case, so that detectors can use the field name as context ({@code customerSSN} and {@code
 * customer_ssn} both give {@code [customer, ssn]}) without splitting strings per value.
 *
 * <p>Readers create one instance per distinct field (see {@link SourceContext#fieldPath}), so
 * detectors may cache per-field decisions keyed by identity.
 */
public final class FieldPath {
  private final String path;
  private final String leafName;
  private final List<String> words;

  private FieldPath(String path) {
    this.path = path;
    this.leafName = leafOf(path);
    this.words = List.copyOf(split(leafName));
  }

  /** Creates a field path; prefer {@link SourceContext#fieldPath} inside readers, which interns. */
  public static FieldPath of(String path) {
    return new FieldPath(Objects.requireNonNull(path, "path"));
  }

  /** The path as reported ({@code ssn}, {@code $.user.phones[1]}). */
  public String path() {
    return path;
  }

  /** The last named segment, without array indices ({@code phones} for {@code $.user.phones[1]}). */
  public String leafName() {
    return leafName;
  }

  /** Lower-case words of the leaf name, split at non-alphanumerics and camel-case humps. */
  public List<String> words() {
    return words;
  }

  /** Whether the leaf name contains this lower-case word as a whole word. */
  public boolean hasWord(String word) {
    return words.contains(word);
  }

  /** Whether the leaf name contains these lower-case words consecutively. */
  public boolean hasPhrase(String... phrase) {
    outer:
    for (int i = 0; i + phrase.length <= words.size(); i++) {
      for (int j = 0; j < phrase.length; j++) {
        if (!words.get(i + j).equals(phrase[j])) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldPath f && path.equals(f.path);
  }

  @Override
  public int hashCode() {
    return path.hashCode();
  }

  @Override
  public String toString() {
    return path;
  }

  static String leafOf(String path) {
    int end = path.length();
    // Drop trailing [n] indices.
    while (end > 0 && path.charAt(end - 1) == ']') {
      int open = path.lastIndexOf('[', end - 1);
      if (open < 0) {
        break;
      }
      String inside = path.substring(open + 1, end - 1);
      if (inside.length() >= 2 && inside.charAt(0) == '\'') {
        return inside.substring(1, inside.length() - 1).replace("\\'", "'");
      }
      end = open;
    }
    String s = path.substring(0, end);
    if (s.startsWith("$")) {
      int dot = s.lastIndexOf('.');
      return dot >= 0 ? s.substring(dot + 1) : "";
    }
    return s;
  }

  static List<String> split(String name) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(cur, out);
        continue;
      }
      if (cur.length() > 0) {
        char prev = name.charAt(i - 1);
        boolean hump = Character.isUpperCase(c) && Character.isLowerCase(prev);
        boolean acronymEnd =
            Character.isUpperCase(c)
                && Character.isUpperCase(prev)
                && i + 1 < name.length()
                && Character.isLowerCase(name.charAt(i + 1));
        boolean digitEdge = Character.isDigit(c) != Character.isDigit(prev);
        if (hump || acronymEnd || digitEdge) {
          flush(cur, out);
        }
      }
      cur.append(c);
    }
    flush(cur, out);
    return out;
  }

  private static void flush(StringBuilder cur, List<String> out) {
    if (cur.length() > 0) {
      out.add(cur.toString().toLowerCase(Locale.ROOT));
      cur.setLength(0);
    }
  }
}
