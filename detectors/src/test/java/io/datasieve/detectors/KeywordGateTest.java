package io.datasieve.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datasieve.DatasetResource;
import io.datasieve.spi.AnalysisNeeds;
import io.datasieve.spi.FieldPath;
import io.datasieve.spi.FieldValue;
import io.datasieve.spi.KeywordSet;
import io.datasieve.spi.ValueAnalyzer;
import java.net.URI;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeywordGateTest {
  private static final DatasetResource RESOURCE =
      DatasetResource.builder(URI.create("memory:test")).content(() -> null).build();

  @Test
  void findsKeywordsInsideWordsIgnoringAsciiCase() {
    KeywordGate gate = new KeywordGate(List.of("licen", "dl"));
    assertTrue(gate.occursIn("Driver LICENSE"));
    assertTrue(gate.occursIn("handled"));
    assertTrue(gate.occursIn("DL"));
    assertFalse(gate.occursIn("d l"));
    assertFalse(gate.occursIn("lice"));
    assertFalse(gate.occursIn(""));
  }

  @Test
  void rejectsNonAsciiKeywords() {
    assertThrows(IllegalArgumentException.class, () -> new KeywordGate(List.of("pässe")));
    assertThrows(IllegalArgumentException.class, () -> new KeywordGate(List.of("")));
  }

  /** The gate must answer exactly as the shared automaton does, non-ASCII look-alikes included. */
  @Test
  void agreesWithTheSharedKeywordAutomaton() {
    List<List<String>> sets = List.of(List.of("passport", "travel"), List.of("licen", "dl"), List.of("sk", "://", "a3t"));
    String alphabet = "passportTRAVELlicenDLsk:/a3t -_.\u0130\u017f\u212a\u00e9Pp";
    Random random = new Random(20261202L);
    for (List<String> keywords : sets) {
      KeywordSet set = KeywordSet.of("test", keywords);
      ValueAnalyzer analyzer = ValueAnalyzer.of(AnalysisNeeds.builder().keywords(set).build());
      KeywordGate gate = new KeywordGate(keywords);
      for (int i = 0; i < 20_000; i++) {
        StringBuilder sb = new StringBuilder();
        int len = random.nextInt(14);
        for (int k = 0; k < len; k++) {
          if (random.nextInt(6) == 0) {
            // A keyword in random case, sometimes cut short or with one char swapped for a look-alike.
            String w = keywords.get(random.nextInt(keywords.size()));
            int cut = random.nextInt(3) == 0 ? random.nextInt(w.length()) : w.length();
            int swap = random.nextInt(3) == 0 ? random.nextInt(w.length()) : -1;
            for (int c = 0; c < cut; c++) {
              char ch = c == swap ? alphabet.charAt(random.nextInt(alphabet.length())) : w.charAt(c);
              sb.append(random.nextBoolean() ? Character.toUpperCase(ch) : ch);
            }
          } else {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
        }
        String text = sb.toString();
        boolean expected = analyzer.analyze(value(text)).keywordHits(set) > 0;
        assertEquals(expected, gate.occursIn(text), () -> keywords + " in '" + text + "'");
      }
    }
  }

  private static FieldValue value(String text) {
    FieldPath path = FieldPath.of("f");
    return new FieldValue() {
      @Override public DatasetResource resource() { return RESOURCE; }
      @Override public long record() { return 0; }
      @Override public FieldPath field() { return path; }
      @Override public String text() { return text; }
    };
  }
}
