package io.datasieve.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datasieve.spi.FieldPath;
import io.datasieve.spi.FieldTrait;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PiiWordsTest {
  @Test
  void everyListOfTheFileIsReadByABuiltInDetector() {
    new BuiltInDetectors().detectors(); // loads every built-in detector class
    assertEquals(Set.of(), PiiWords.unread(), "lists in " + PiiWords.RESOURCE + " that no detector reads (misspelt?)");
  }

  @Test
  void listsBecomeFieldTraitsSplitAsFieldNamesAre() {
    FieldTrait card = PiiWords.fieldWords(CreditCardDetector.ID, "fieldWords", "holds card numbers");
    for (String field : List.of("card_number", "creditCard", "credit_card", "CC", "cardnumber", "payment.pan")) {
      assertTrue(card.test(FieldPath.of(field)), field);
    }
    assertEquals(false, card.test(FieldPath.of("discard_reason")));
    FieldTrait ip = PiiWords.fieldWords(IpAddressDetector.ID, "fieldWords", "holds IP addresses");
    assertTrue(ip.test(FieldPath.of("ipv4")), "'ipv4' is split into 'ipv' and '4' on both sides");
    assertTrue(ip.test(FieldPath.of("client_address")));
  }

  @Test
  void aMissingListNamesTheFileTheDetectorAndTheList() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> PiiWords.list("us-ssn", "contexts"));
    assertEquals("pii/words.json has no list 'contexts' for detector 'us-ssn'", e.getMessage());
  }

  @Test
  void malformedFilesAreRejectedWithTheirPlace() {
    assertEquals("'detectors.email.context' must be a list of strings",
        error("{\"detectors\": {\"email\": {\"context\": \"email\"}}}"));
    assertEquals("'detectors.email.context[1]' must be non-empty and lower case: 'Mail'",
        error("{\"detectors\": {\"email\": {\"context\": [\"email\", \"Mail\"]}}}"));
    assertEquals("'detectors.email.context' is empty", error("{\"detectors\": {\"email\": {\"context\": []}}}"));
    assertEquals("unknown key 'detector' in the file (known: [about, detectors])", error("{\"detector\": {}}"));
    assertEquals("detectors.email must be a JSON object", error("{\"detectors\": {\"email\": [\"x\"]}}"));
  }

  private static String error(String json) {
    try {
      Object root = JsonTree.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
      return assertThrows(IllegalArgumentException.class, () -> PiiWords.parse(root)).getMessage();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
