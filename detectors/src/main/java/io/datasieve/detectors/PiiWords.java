package io.datasieve.detectors;

import io.datasieve.spi.FieldTrait;
import io.datasieve.spi.PhraseSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The word lists of the built-in PII detectors (context phrases, field-name words, cues, titles,
 * street and organisation words), kept as data in {@code pii/words.json} rather than as Java
 * constants: per detector id, named lists of strings. Read and checked once, on first use; the
 * detectors turn their lists into the shared analysis's {@link PhraseSet}s and {@link FieldTrait}s
 * or into {@link FoldedWords} when they are loaded. Words are stored lower case, as lookups fold
 * them.
 *
 * <p>A list a detector asks for and the file lacks is an {@link IllegalStateException} naming the
 * file, detector and list; so is a malformed file (not an object of lists of non-empty,
 * lower-case strings). Which lists were read is recorded, so that a test can check that the file
 * holds no list nobody reads (a misspelt name would otherwise be silently ignored).
 */
final class PiiWords {
  static final String RESOURCE = "pii/words.json";

  private static final class Holder {
    static final Map<String, Map<String, List<String>>> LISTS = load();
  }

  /** "detector.list" of every list asked for. */
  private static final Set<String> READ = ConcurrentHashMap.newKeySet();

  private PiiWords() {}

  /** The list {@code name} of the detector {@code detector}. */
  static List<String> list(String detector, String name) {
    Map<String, List<String>> lists = Holder.LISTS.get(detector);
    List<String> list = lists == null ? null : lists.get(name);
    if (list == null) {
      throw new IllegalStateException(RESOURCE + " has no list '" + name + "' for detector '" + detector + "'");
    }
    READ.add(detector + "." + name);
    return list;
  }

  /** The list as context phrases of the shared analysis, named {@code setName}. */
  static PhraseSet phrases(String detector, String name, String setName) {
    return PhraseSet.of(setName, list(detector, name).toArray(new String[0]));
  }

  /** The list as field-name words and phrases ({@link FieldTrait#words}), named {@code traitName}. */
  static FieldTrait fieldWords(String detector, String name, String traitName) {
    return FieldTrait.words(traitName, list(detector, name).toArray(new String[0]));
  }

  /** The list as words looked up in place, ignoring case. */
  static FoldedWords words(String detector, String name) {
    return new FoldedWords(list(detector, name));
  }

  /** The list as a set of lower-case words, such as the words of a field name. */
  static Set<String> set(String detector, String name) {
    return Set.copyOf(list(detector, name));
  }

  /** The lists of the file that nothing has asked for yet, as "detector.list". */
  static Set<String> unread() {
    Set<String> all = new TreeSet<>();
    Holder.LISTS.forEach((d, lists) -> lists.keySet().forEach(l -> all.add(d + "." + l)));
    all.removeAll(READ);
    return all;
  }

  private static Map<String, Map<String, List<String>>> load() {
    try (InputStream in = PiiWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(JsonTree.read(in));
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** Checks and copies the parsed file; package-private for tests of its errors. */
  static Map<String, Map<String, List<String>>> parse(Object root) {
    Map<String, Object> top = DetectorConfig.object(root, "the file");
    DetectorConfig.unknownKeys(top, Set.of("about", "detectors"), "the file");
    Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
    DetectorConfig.object(top.get("detectors"), "detectors").forEach((detector, lists) -> {
      Map<String, List<String>> byName = new LinkedHashMap<>();
      DetectorConfig.object(lists, "detectors." + detector).forEach((name, words) -> {
        String where = "detectors." + detector + "." + name;
        if (!(words instanceof List<?>)) {
          throw new IllegalArgumentException("'" + where + "' must be a list of strings");
        }
        List<String> list = DetectorConfig.strings(words, where);
        for (int i = 0; i < list.size(); i++) {
          String w = list.get(i);
          if (w.isBlank() || !w.equals(w.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("'" + where + "[" + i + "]' must be non-empty and lower case: '" + w + "'");
          }
        }
        if (list.isEmpty()) {
          throw new IllegalArgumentException("'" + where + "' is empty");
        }
        byName.put(name, List.copyOf(list));
      });
      out.put(detector, Collections.unmodifiableMap(byName));
    });
    return Collections.unmodifiableMap(out);
  }
}
