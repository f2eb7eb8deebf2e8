package io.datasieve.detectors.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretRuleEntropyTest {
  @Test
  void entropy() {
    assertEquals(0.0, SecretRule.entropy("aaaaaaaa"));
    assertEquals(3.0, SecretRule.entropy("abcdefgh"), 1e-9);
    assertTrue(SecretRule.entropy("ghp_8f2Kq9ZrT1mX") > 3.5);
  }
}
