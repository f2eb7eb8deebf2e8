package io.datasieve.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The char-loop shapes of {@link ContextualIdDetector} against the regexes they replace. */
class ContextualIdShapesTest {
  private static final Pattern PASSPORT = Pattern.compile("[0-9]{9}|[A-Z][0-9]{8}");
  private static final Pattern LICENSE = Pattern.compile("[A-Za-z]{0,3}[0-9]{5,14}[A-Za-z]{0,2}");

  @Test
  void shapesAgreeWithTheirRegexesOnRandomTokens() {
    String alphabet = "0123456789012345678901234567890123456789ABCDZabz-\u0660\u00c9";
    Random random = new Random(7_2026L);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(22);
      for (int k = 0; k < len; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String t = sb.toString();
      String padded = "x " + t + " y";
      boolean passport = PASSPORT.matcher(t).matches();
      String stripped = t.replace("-", "");
      boolean license = LICENSE.matcher(stripped).matches() && stripped.length() >= 6;
      assertEquals(passport, ContextualIdDetector.passportShape(padded, 2, 2 + t.length()), t);
      assertEquals(license, ContextualIdDetector.licenseShape(padded, 2, 2 + t.length()), t);
    }
  }
}
