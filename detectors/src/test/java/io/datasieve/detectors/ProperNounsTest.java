package io.datasieve.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProperNounsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '~', textBlock = """
      I'm Grace O'Brien, don't call       ~ I|'m|Grace|O'Brien|,|do|n't|call
      Ask D'Souza's team about it.        ~ Ask|D'Souza|'s|team|about|it|.
      They'll pay $1,200.50 today         ~ They|'ll|pay|$|1,200.50|today
      rock 'n' roll                       ~ rock|'|n|'|roll
      """)
  void tokensFollowEnglishWebTreebankConventions(String text, String expected) {
    assertEquals(List.of(expected.split("\\|")), tokens(text));
  }

  private static List<String> tokens(String s) {
    ProperNouns p = ProperNouns.forTests();
    p.tokenize(s, 0, s.length());
    List<String> out = new ArrayList<>();
    for (int k = 0; k < p.count(); k++) {
      out.add(s.substring(p.start(k), p.end(k)));
    }
    return out;
  }
}
