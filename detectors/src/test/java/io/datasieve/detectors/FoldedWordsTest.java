package io.datasieve.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FoldedWordsTest {
  @Test
  void looksUpRangesIgnoringCaseWithoutCopying() {
    FoldedWords w = FoldedWords.of("grace", "o'brien", "ávila");
    String text = "Dear GRACE O'Brien of Ávila,";
    assertTrue(w.contains(text, 5, 10));
    assertTrue(w.contains(text, 11, 18));
    assertTrue(w.contains(text, 22, 27));
    assertFalse(w.contains(text, 5, 9), "a prefix is not the word");
    assertFalse(w.contains(text, 0, 4));
    assertTrue(w.contains("Grace"));
  }

  @Test
  void wordsInSeveralListsCarryEveryBit() {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("will", NameGazetteer.FIRST);
    m.put("WILL", NameGazetteer.COMMON);
    m.put("smith", NameGazetteer.SURNAME);
    FoldedWords w = new FoldedWords(m);
    assertEquals(NameGazetteer.FIRST | NameGazetteer.COMMON, w.bits("Will", 0, 4));
    assertEquals(NameGazetteer.SURNAME, w.bits("x Smith", 2, 7));
    assertEquals(0, w.bits("power", 0, 5));
    assertEquals(2, w.size());
    assertThrows(IllegalArgumentException.class, () -> new FoldedWords(Map.of("x", 0)));
  }

  @Test
  void agreesWithALowerCasedSetOnRandomWords() {
    Random r = new Random(42);
    List<String> words = new java.util.ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      words.add(randomWord(r));
    }
    FoldedWords w = new FoldedWords(words);
    java.util.Set<String> lower = new java.util.HashSet<>();
    words.forEach(x -> lower.add(x.toLowerCase(java.util.Locale.ROOT)));
    for (int i = 0; i < 20_000; i++) {
      String probe = i % 2 == 0 ? words.get(r.nextInt(words.size())) : randomWord(r);
      String cased = r.nextBoolean() ? probe.toUpperCase(java.util.Locale.ROOT) : probe;
      assertEquals(lower.contains(probe.toLowerCase(java.util.Locale.ROOT)), w.contains("  " + cased + "!", 2, 2 + cased.length()), cased);
    }
  }

  @Test
  void theFirstCharAndLengthFilterRejectsOnlyWhatIsAbsent() {
    // Words starting in and outside ASCII, longer than 63 chars, and the empty word; probes with
    // chars outside ASCII that fold to ASCII (the Kelvin sign folds to 'k', the dotted capital I to 'i').
    String longWord = "x".repeat(70);
    List<String> words = List.of("kit", "ávila", "Ωmega", longWord, "", "i");
    FoldedWords w = new FoldedWords(words);
    String[] probes = {"KIT", "\u212Ait", "\u212AIT", "kits", "ki", "ÁVILA", "avila", "ωMEGA", "omega", longWord.toUpperCase(),
        "x".repeat(69), "x".repeat(134), "", "I", "\u0130", "j"};
    for (String p : probes) {
      StringBuilder folded = new StringBuilder();
      for (char c : p.toCharArray()) {
        folded.append(c < 128 ? Character.toLowerCase(c) : Character.toLowerCase(c));
      }
      boolean expected = words.stream().anyMatch(x -> x.toLowerCase(java.util.Locale.ROOT).contentEquals(folded));
      assertEquals(expected, w.contains("<" + p + ">", 1, 1 + p.length()), p);
    }
    assertFalse(FoldedWords.of("kit").contains("", 0, 0), "the empty word only where it is listed");
  }

  private static String randomWord(Random r) {
    StringBuilder b = new StringBuilder();
    int len = 1 + r.nextInt(7);
    for (int k = 0; k < len; k++) {
      b.append((char) ('a' + r.nextInt(6)));
    }
    return b.toString();
  }
}
