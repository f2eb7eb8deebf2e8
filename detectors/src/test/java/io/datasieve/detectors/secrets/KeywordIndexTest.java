package io.datasieve.detectors.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeywordIndexTest {
  @Test
  void findsEveryOccurrenceLikeANaiveSearch() {
    Random random = new Random(3);
    List<String> keywords = List.of("he", "she", "his", "hers", "ghp_", "sk-ant-", "://", "a", "aa", "key");
    KeywordIndex index = new KeywordIndex(keywords);
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < random.nextInt(60); i++) {
        sb.append("ahesrkyg_p:/-ÄHE".charAt(random.nextInt(16)));
      }
      String text = sb.toString();
      List<String> expected = new ArrayList<>();
      String lower = text.toLowerCase(Locale.ROOT);
      for (int end = 1; end <= text.length(); end++) {
        for (int k = 0; k < keywords.size(); k++) {
          String w = keywords.get(k);
          if (end >= w.length() && lower.startsWith(w, end - w.length())) {
            expected.add(k + "@" + end);
          }
        }
      }
      List<String> actual = new ArrayList<>();
      index.search(text, (k, end) -> actual.add(k + "@" + end));
      assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList(), text);
    }
  }

  @Test
  void entropy() {
    assertEquals(0.0, SecretRule.entropy("aaaaaaaa"));
    assertEquals(3.0, SecretRule.entropy("abcdefgh"), 1e-9);
    assertTrue(SecretRule.entropy("ghp_8f2Kq9ZrT1mX") > 3.5);
  }
}
