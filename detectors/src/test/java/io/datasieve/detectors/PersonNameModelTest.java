package io.datasieve.detectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The committed person-name model is the one its trainer makes, and the tokens it reads are as documented. */
class PersonNameModelTest {
  private static final Path COMMITTED = Path.of("src/main/resources/io/datasieve/detectors/" + PersonNameModel.RESOURCE);

  /**
   * Retrains the model from the generated corpus and compares it byte for byte with the committed
   * one. With {@code -Ddatasieve.updateNameModel=true} it writes the new model instead.
   */
  @Test
  void committedModelIsReproducedByteForByte() throws IOException {
    byte[] trained = NameModelTrainer.train();
    if (Boolean.getBoolean("datasieve.updateNameModel")) {
      Files.write(COMMITTED, trained);
      return;
    }
    byte[] committed;
    try (InputStream in = PersonNameModel.class.getResourceAsStream(PersonNameModel.RESOURCE)) {
      committed = in.readAllBytes();
    }
    assertTrue(committed.length < 15 * 1024 * 1024, "the model stays under 15 MB: " + committed.length);
    assertArrayEquals(committed, trained, "the committed model differs from what NameModelTrainer makes: "
        + "run mvn -B -o test -pl detectors -Dtest=PersonNameModelTest -Ddatasieve.updateNameModel=true");
  }

  @Test
  void tokensAndSentences() {
    NameTokens t = NameTokens.of("Sara: I'm Misty's daughter.\nDr. J. O'Brien-Smith lives on 3rd Avenue. See you!");
    List<List<String>> sentences = new ArrayList<>();
    for (int k = 0; k < t.sentenceCount(); k++) {
      sentences.add(List.of(t.sentence(k)));
    }
    assertEquals(List.of(
        List.of("Sara", ":", "I'm", "Misty", "'s", "daughter", "."),
        List.of("Dr", ".", "J", ".", "O'Brien-Smith", "lives", "on", "3rd", "Avenue", "."),
        List.of("See", "you", "!")), sentences);
  }

  @Test
  void longSentencesAreCut() {
    NameTokens t = NameTokens.of("word ".repeat(NameTokens.MAX_SENTENCE * 2 + 5));
    assertEquals(3, t.sentenceCount());
    assertEquals(NameTokens.MAX_SENTENCE, t.sentence(0).length);
  }

  @Test
  void dictionariesAreInTheModel() {
    assertTrue((PersonNameModel.bits("Keiko", 0, 5) & PersonNameModel.FIRST) != 0);
    assertTrue((PersonNameModel.bits("Kowalski", 0, 8) & PersonNameModel.LAST) != 0);
    assertTrue((PersonNameModel.bits("invoice", 0, 7) & PersonNameModel.WORD) != 0);
  }
}
