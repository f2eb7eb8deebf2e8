package io.datasieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datasieve.spi.FieldPath;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldPathTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      customer_ssn             | customer_ssn | customer ssn
      socialSecurityNumber     | socialSecurityNumber | social security number
      $.user.phones[1]         | phones       | phones
      $['date of birth']       | date of birth | date of birth
      $.a[0][2]                | a            | a
      HTTPStatusCode           | HTTPStatusCode | http status code
      address2                 | address2     | address 2
      """)
  void leafAndWords(String path, String leaf, String words) {
    FieldPath p = FieldPath.of(path);
    assertEquals(leaf, p.leafName());
    assertEquals(List.of(words.split(" ")), p.words());
  }

  @org.junit.jupiter.api.Test
  void phrasesAreConsecutiveWholeWords() {
    FieldPath p = FieldPath.of("customer_social_security_no");
    assertTrue(p.hasPhrase("social", "security"));
    assertFalse(p.hasPhrase("security", "social"));
    assertFalse(FieldPath.of("classname").hasWord("ssn"));
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"ssn", "_x1", "odd key", "it's", "back\\slash", "ünï", "1abc", "a.b", "a[0]"})
  void appendMemberRoundTripsThroughLeafName(String name) {
    String path = FieldPath.appendMember(new StringBuilder("$.parent"), name).toString();
    assertEquals(name, FieldPath.of(path).leafName(), path);
  }
}
