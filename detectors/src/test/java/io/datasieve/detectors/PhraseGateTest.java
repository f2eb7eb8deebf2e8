package io.datasieve.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datasieve.DatasetResource;
import io.datasieve.spi.AnalysisNeeds;
import io.datasieve.spi.FieldPath;
import io.datasieve.spi.FieldValue;
import io.datasieve.spi.PhraseSet;
import io.datasieve.spi.ValueAnalysis;
import io.datasieve.spi.ValueAnalyzer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhraseGateTest {
  private static final DatasetResource RESOURCE =
      DatasetResource.builder(URI.create("memory:gate")).content(() -> null).build();
  private static final PhraseSet BIRTH = PhraseSet.of("birth", "born", "dob", "d o b", "date of birth", "b day");
  private static final PhraseSet IP = PhraseSet.of("ip", "ip", "address", "host", "from");
  private static final PhraseSet KILN = PhraseSet.of("kiln", "kiln", "ink", "milk");

  private static ValueAnalysis analyse(ValueAnalyzer analyzer, String text) {
    FieldPath path = FieldPath.of("notes");
    return analyzer.analyze(new FieldValue() {
      @Override public DatasetResource resource() { return RESOURCE; }
      @Override public long record() { return 0; }
      @Override public FieldPath field() { return path; }
      @Override public String text() { return text; }
    });
  }

  @Test
  void onlyTwoCharsOutsideAsciiFoldToAsciiLetters() {
    List<Integer> folding = new ArrayList<>();
    for (int c = 128; c <= Character.MAX_VALUE; c++) {
      char lower = Character.toLowerCase((char) c);
      if (lower >= 'a' && lower <= 'z') {
        folding.add(c);
      }
    }
    assertEquals(List.of(0x130, 0x212A), folding);
  }

  @Test
  void theLetterIsOneThatEveryPhraseHasButNeverIOrK() {
    assertEquals('b', PhraseGate.of(BIRTH).letter());
    assertEquals(0, PhraseGate.of(IP).letter());
    assertEquals(0, PhraseGate.of(KILN).letter(), "i and k are left out: U+0130 and U+212A fold to them");
  }

  @Test
  void nothingAroundTheCandidateMeansNoPhrase() {
    ValueAnalyzer analyzer = ValueAnalyzer.of(AnalysisNeeds.builder().phrases(IP).build());
    PhraseGate gate = PhraseGate.of(IP);
    assertFalse(gate.mayBeNear(analyse(analyzer, "10.1.2.3"), 0, 8, 6, 0));
    assertFalse(gate.mayBeNear(analyse(analyzer, "  10.1.2.3 host"), 2, 10, 6, 0));
    assertTrue(gate.mayBeNear(analyse(analyzer, "  10.1.2.3 host"), 2, 10, 6, 1));
    assertTrue(gate.mayBeNear(analyse(analyzer, "host 10.1.2.3"), 5, 13, 6, 0));
    assertFalse(gate.mayBeNear(analyse(analyzer, "host 10.1.2.3"), 5, 13, 0, 3));
  }

  @Test
  void neverRulesOutWhatNearFinds() {
    PhraseSet[] sets = {BIRTH, IP, KILN};
    ValueAnalyzer analyzer = ValueAnalyzer.of(AnalysisNeeds.builder().phrases(sets).build());
    String[] words = {"born", "BORN", "Dob", "d", "o", "b", "B", "date", "of", "birth", "day", "ip", "IP", "host",
        "from", "kiln", "KİLN", "\u212Ailn", "milk", "ink", "1987-03-04", "10.0.0.1", "x", "é", "ß", "-", ":", ""};
    Random r = new Random(7);
    int ruledOut = 0;
    for (int k = 0; k < 30_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int w = r.nextInt(7); w >= 0; w--) {
        b.append(words[r.nextInt(words.length)]).append(" -,:.".charAt(r.nextInt(5)));
      }
      String text = b.toString();
      int start = r.nextInt(text.length());
      int end = start + 1 + r.nextInt(text.length() - start);
      int before = r.nextInt(8);
      int after = r.nextInt(4);
      for (PhraseSet set : sets) {
        ValueAnalysis v = analyse(analyzer, text);
        boolean near = v.near(set, start, end, before, after);
        boolean may = PhraseGate.of(set).mayBeNear(v, start, end, before, after);
        assertTrue(may || !near, () -> set + " near " + start + ".." + end + " in '" + text + "'");
        if (!may) {
          ruledOut++;
        }
      }
    }
    assertTrue(ruledOut > 10_000, "the gate should rule out many, ruled out " + ruledOut);
  }
}
