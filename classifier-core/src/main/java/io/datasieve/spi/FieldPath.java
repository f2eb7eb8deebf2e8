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
  private final String column;
  private final String leafName;
  private final List<String> words;
  private final List<String> pathWords;
  /**
   * What an analyzer decided about this path's {@link FieldTrait}s: readers intern one instance
   * per distinct path per resource, so each trait is decided once per path per resource. Replaced
   * whole (copy on write) so that threads racing on it only ever recompute a pure answer.
   */
  volatile TraitMemo traits;

  /** Trait answers of one analyzer: bit t of decided / holds for the analyzer's trait slot t. */
  record TraitMemo(ValueAnalyzer owner, long[] decided, long[] holds) {}

  private FieldPath(String path) {
    this.path = path;
    this.column = path.startsWith("$") ? path.replaceAll("\\[[0-9]+\\]", "[*]") : path;
    this.leafName = leafOf(path);
    this.words = List.copyOf(split(leafName));
    this.pathWords = List.copyOf(split(path));
  }

  /** Creates a field path; prefer {@link SourceContext#fieldPath} inside readers, which interns. */
  public static FieldPath of(String path) {
    return new FieldPath(Objects.requireNonNull(path, "path"));
  }

  /**
   * Appends a member segment to a JSON path being built: {@code .name} for identifiers, {@code
   * ['name']} (with {@code \\} and {@code '} escaped) otherwise. The one place that writes the
   * syntax {@link #leafName()} reads.
   */
  public static StringBuilder appendMember(StringBuilder path, String name) {
    if (isIdentifier(name)) {
      return path.append('.').append(name);
    }
    return path.append("['").append(name.replace("\\", "\\\\").replace("'", "\\'")).append("']");
  }

  private static boolean isIdentifier(String name) {
    if (name.isEmpty() || !(Character.isLetter(name.charAt(0)) && name.charAt(0) < 128 || name.charAt(0) == '_')) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_'))) {
        return false;
      }
    }
    return true;
  }

  /** The path as reported ({@code ssn}, {@code $.user.phones[1]}). */
  public String path() {
    return path;
  }

  /**
   * The column this field belongs to: the path with array indices generalised ({@code
   * $.messages[*].content} for {@code $.messages[2].content}); a CSV header is its own column.
   */
  public String column() {
    return column;
  }

  /** The last named segment, without array indices ({@code phones} for {@code $.user.phones[1]}). */
  public String leafName() {
    return leafName;
  }

  /** Lower-case words of the leaf name, split at non-alphanumerics and camel-case humps. */
  public List<String> words() {
    return words;
  }

  /**
   * Lower-case words of the whole path ({@code [product, name]} for {@code $.product.name}), for
   * detectors that must tell a person's name from a product's.
   */
  public List<String> pathWords() {
    return pathWords;
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
    if (!path.startsWith("$")) {
      return path; // a CSV header is a name, not a path
    }
    int end = path.length();
    while (end > 1 && path.charAt(end - 1) == ']') {
      if (path.charAt(end - 2) == '\'') {
        // ['name']: inside, every quote is escaped, so the last "['" opens this segment.
        int open = path.lastIndexOf("['", end - 3);
        if (open >= 0) {
          return unescape(path.substring(open + 2, end - 2));
        }
      }
      int open = path.lastIndexOf('[', end - 1);
      if (open < 0) {
        break;
      }
      end = open; // an array index: the leaf is the member before it
    }
    String s = path.substring(0, end);
    int dot = s.lastIndexOf('.');
    return dot >= 0 ? s.substring(dot + 1) : "";
  }

  private static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        c = s.charAt(++i);
      }
      out.append(c);
    }
    return out.toString();
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
