package io.datasieve.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.datasieve.DatasetResource;
import io.datasieve.spi.AnalysisNeeds;
import io.datasieve.spi.FieldPath;
import io.datasieve.spi.FieldValue;
import io.datasieve.spi.ValueAnalysis;
import io.datasieve.spi.ValueAnalyzer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NineDigitCandidatesTest {
  private static final DatasetResource RESOURCE =
      DatasetResource.builder(URI.create("memory:test")).content(() -> null).build();
  private static final ValueAnalyzer ANALYZER = ValueAnalyzer.of(AnalysisNeeds.builder().build());

  @Test
  void findsStandaloneNineDigitRunsAndSeparatedShapes() {
    assertEquals(List.of("0-9 bare 0", "14-25 sep 9"), found("123456789 and 123-45-6789."));
    assertEquals(List.of(), found("ORD-123456789 1234567890 123-45-67890 12:123456789"));
    assertEquals(List.of("5-16 sep 0"), found("SSN: 123 45 6789"));
    assertEquals(List.of(), found("123-45 6789"));
  }

  @Test
  void theSecondDetectorReadsTheFirstOnesScanOfTheSameText() {
    String text = new String("ids 123-45-6789");
    NineDigitCandidates first = NineDigitCandidates.of(analyse(text));
    assertSame(first, NineDigitCandidates.of(analyse(text)));
    assertEquals(1, NineDigitCandidates.of(analyse(text)).count());
    // An equal text in another instance is scanned again, and gives the same candidates.
    assertEquals(describe(NineDigitCandidates.scanned(analyse(text))),
        describe(NineDigitCandidates.of(analyse(new String(text)))));
    assertEquals(0, NineDigitCandidates.of(analyse("no digits")).count());
  }

  /** The token scan and its memo against a scan that jumps from digit to digit with the analysis's {@code nextDigit}. */
  @Test
  void agreesWithTheAnalysisBasedScanOnRandomValues() {
    String alphabet = "0123456789012345678901234567890123456789 -- .:#/_+$,aZ\u0660\u00e9";
    Random random = new Random(20261202L);
    String previous = "";
    for (int i = 0; i < 100_000; i++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(40);
      while (sb.length() < len) {
        switch (random.nextInt(5)) {
          case 0 -> sb.append(String.format("%03d-%02d-%04d", random.nextInt(1000), random.nextInt(100), random.nextInt(10000)));
          case 1 -> sb.append(String.format("%09d", random.nextInt(1_000_000_000)));
          default -> sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String text = sb.toString();
      List<String> expected = reference(analyse(text));
      assertEquals(expected, describe(NineDigitCandidates.scanned(analyse(text))), text);
      assertEquals(expected, describe(NineDigitCandidates.of(analyse(text))), text);
      assertEquals(reference(analyse(previous)), describe(NineDigitCandidates.of(analyse(previous))), previous);
      previous = text;
    }
  }

  @Test
  void digitsSkipSeparators() {
    assertEquals(123_456_789, NineDigitCandidates.digits("x 123-45-6789", 2));
    assertEquals(78_051_120, NineDigitCandidates.digits("078 05 1120", 0));
  }

  private static List<String> found(String text) {
    return describe(NineDigitCandidates.scanned(analyse(text)));
  }

  private static List<String> describe(NineDigitCandidates c) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < c.count(); k++) {
      out.add(c.start(k) + "-" + c.end(k) + (c.separated(k) ? " sep " : " bare ") + c.notBefore(k));
    }
    return out;
  }

  /** The scan over the analysis's {@code nextDigit}, one digit run after another. */
  private static List<String> reference(ValueAnalysis value) {
    List<String> out = new ArrayList<>();
    String s = value.text();
    int n = s.length();
    int previousCandidateEnd = 0;
    int i;
    for (int from = 0; from < n && (i = value.nextDigit(from)) >= 0; from = i) {
      int j = i + 1;
      while (j < n && NineDigitCandidates.isDigit(s.charAt(j))) {
        j++;
      }
      int run = j - i;
      int end = -1;
      boolean separated = false;
      if (run == 9) {
        end = j;
      } else if (run == 3 && j + 8 <= n) {
        char sep = s.charAt(j);
        if ((sep == '-' || sep == ' ')
            && NineDigitCandidates.isDigit(s.charAt(j + 1)) && NineDigitCandidates.isDigit(s.charAt(j + 2))
            && s.charAt(j + 3) == sep
            && NineDigitCandidates.isDigit(s.charAt(j + 4)) && NineDigitCandidates.isDigit(s.charAt(j + 5))
            && NineDigitCandidates.isDigit(s.charAt(j + 6)) && NineDigitCandidates.isDigit(s.charAt(j + 7))
            && (j + 8 == n || !NineDigitCandidates.isDigit(s.charAt(j + 8)))) {
          end = j + 8;
          separated = true;
        }
      }
      if (run >= 9 || end > 0) {
        int notBefore = previousCandidateEnd;
        previousCandidateEnd = end > 0 ? end : j;
        if (end > 0 && NineDigitCandidates.standsAlone(s, i, end)) {
          out.add(i + "-" + end + (separated ? " sep " : " bare ") + notBefore);
          i = end;
          continue;
        }
      }
      i = j;
    }
    return out;
  }

  private static ValueAnalysis analyse(String text) {
    FieldPath path = FieldPath.of("f");
    return ANALYZER.analyze(new FieldValue() {
      @Override public DatasetResource resource() { return RESOURCE; }
      @Override public long record() { return 0; }
      @Override public FieldPath field() { return path; }
      @Override public String text() { return text; }
    });
  }
}
