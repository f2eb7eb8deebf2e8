package io.datasieve.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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

  /**
   * The greedy decoding up to the candidate answers as the beam search over the whole window does,
   * on sentences of the kinds the name detector asks about: names that are also words, at the
   * start, inside and at the end of sentences, before and after other proper nouns.
   */
  @Test
  void greedyDecodingAnswersAsTheBeamSearch() {
    String[] firsts = {"Will", "Mark", "Rose", "Bill", "May", "Grace", "Jack", "Dawn", "Faith", "Lane", "Per", "Hope"};
    String[] seconds = {"Smith", "Adams", "Unit", "Power", "you", "Jackson", "Court", "Street", "Nguyen", "the"};
    String[] frames = {
      "%s %s will take it from here.",
      "Escalated to %s %s after the second call.",
      "Thanks, %s %s (support) replied on Monday.",
      "We met %s %s at the airport, then left for Boston.",
      "Note: %s %s, 42, asked for a refund of $120.",
      "I think %s %s is right about the invoice.",
      "%s %s",
    };
    int asked = 0;
    for (String frame : frames) {
      for (String first : firsts) {
        for (String second : seconds) {
          String text = String.format(frame, first, second);
          int start = text.indexOf(first + " " + second);
          assertEquals(ProperNouns.atByBeamSearch(text, start), ProperNouns.at(text, start), text);
          asked++;
        }
      }
    }
    assertEquals(frames.length * firsts.length * seconds.length, asked);
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
