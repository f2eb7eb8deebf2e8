package io.datasieve.detectors.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RuleEntropyTest {
  @Test
  void entropy() {
    assertEquals(0.0, Rule.entropy("aaaaaaaa"));
    assertEquals(3.0, Rule.entropy("abcdefgh"), 1e-9);
    assertTrue(Rule.entropy("ghp_8f2Kq9ZrT1mX") > 3.5);
  }
}
