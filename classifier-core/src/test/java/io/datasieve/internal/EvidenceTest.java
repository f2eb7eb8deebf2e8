package io.datasieve.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EvidenceTest {
  @Test
  void masksKeepShapeAndLastFour() {
    assertEquals("***-**-6789", Evidence.mask("123-45-6789", 0, 11));
    assertEquals("*******", Evidence.mask("1234567", 0, 7)); // short: nothing revealed
    assertEquals("****@******e.com", Evidence.mask("ab12@example.com", 0, 16));
  }

  /** Property: a mask never shows more than four letters or digits, and only the value's last ones. */
  @Test
  void maskNeverRevealsMoreThanTheLastFour() {
    Random random = new Random(1);
    for (int round = 0; round < 20_000; round++) {
      int len = 1 + random.nextInt(120);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < len; i++) {
        int k = random.nextInt(4);
        sb.append(k == 0 ? (char) ('0' + random.nextInt(10)) : k == 1 ? (char) ('a' + random.nextInt(26))
            : k == 2 ? "-_ .@/\t\n".charAt(random.nextInt(8)) : (char) (0x3b1 + random.nextInt(20)));
      }
      String value = sb.toString();
      String masked = Evidence.mask(value, 0, value.length());
      String body = masked.replaceAll(" \\(\\d+ chars\\)$", "");
      long shown = body.chars().filter(Character::isLetterOrDigit).count();
      assertTrue(shown <= 4, value + " -> " + masked);
      String alnum = value.codePoints().filter(Character::isLetterOrDigit)
          .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
      String visible = body.codePoints().filter(Character::isLetterOrDigit)
          .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
      assertTrue(alnum.endsWith(visible), value + " -> " + masked);
      assertTrue(masked.length() <= Evidence.MAX_CHARS + 20, masked);
    }
  }
}
