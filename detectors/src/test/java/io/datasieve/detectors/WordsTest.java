package io.datasieve.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void theAsciiFastPathsAnswerAsCharacterForEveryChar() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertEquals(Character.isLetterOrDigit((char) c), Words.letterOrDigit((char) c), "U+" + Integer.toHexString(c));
      assertEquals(c >= '0' && c <= '9', Words.isDigit((char) c));
      assertEquals(Character.isLetter((char) c), Words.letter((char) c), "U+" + Integer.toHexString(c));
      assertEquals(Character.isUpperCase((char) c), Words.upperCase((char) c), "U+" + Integer.toHexString(c));
      assertEquals(Character.isLowerCase((char) c), Words.lowerCase((char) c), "U+" + Integer.toHexString(c));
      assertEquals(Character.isWhitespace((char) c), Words.whitespace((char) c), "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void aBoundaryJoinsByNeighbourStickyCharsAndJoinersBeforeWordsOrNumbers() {
    Words.Boundary b = new Words.Boundary("$", "-", ":");
    // Before the candidate "123" at the end of each text.
    assertFalse(b.joinedBefore("123", 0), "nothing before");
    assertTrue(b.joinedBefore("a123", 1), "a letter");
    assertTrue(b.joinedBefore("\u00e9123", 1), "a letter of any script");
    assertTrue(b.joinedBefore("$123", 1), "a sticky char");
    assertFalse(b.joinedBefore("-123", 1), "a joiner with nothing beyond it");
    assertTrue(b.joinedBefore("ORD-123", 4), "a word joiner after a letter");
    assertFalse(b.joinedBefore("x -123", 3), "a word joiner after a space");
    assertTrue(b.joinedBefore("12:123", 3), "a number joiner after a digit");
    assertFalse(b.joinedBefore("ab:123", 3), "a number joiner after a letter");
    // After the candidate "123" at the start of each text.
    assertFalse(b.joinedAfter("123", 3));
    assertTrue(b.joinedAfter("123x", 3));
    assertTrue(b.joinedAfter("123$", 3));
    assertTrue(b.joinedAfter("123-a", 3));
    assertTrue(b.joinedAfter("123:4", 3));
    assertFalse(b.joinedAfter("123:a", 3));
    assertFalse(b.joinedAfter("123-", 3));
    assertFalse(b.joinedAfter("123. ", 3));
  }
}
