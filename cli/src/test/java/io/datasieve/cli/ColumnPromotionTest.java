package io.datasieve.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datasieve.DatasetResource;
import io.datasieve.Finding;
import io.datasieve.Occurrence;
import io.datasieve.ResourceReport;
import io.datasieve.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the detectors' matches combine in a scan: weak matches are promoted in columns whose values
 * are the type, not in columns of text; overlapping matches of different types.
 */
class ColumnPromotionTest {
  private final Scanner scanner = Scanner.builder().threads(1).loadDetectors().allOccurrences().build();

  private List<String> names(ResourceReport report, Path file) throws IOException {
    String[] lines = Files.readString(file).split("\n");
    List<String> out = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (f.infoType().id().equals("PERSON_NAME")) {
        for (Occurrence o : f.occurrences()) {
          out.add(o.field() + ":" + o.start() + "-" + o.end());
        }
      }
    }
    return out;
  }

  @Test
  void aFewChatMessagesAreNotAColumnOfNames(@TempDir Path dir) throws IOException {
    // Most messages hold a confidently found name, but the column is text: the first names alone
    // that the rules leave weak ("Karen" at the start of a message) are not promoted, and "Hi" is no name.
    Path chats = Files.writeString(dir.resolve("chats.jsonl"), """
        {"messages": [{"role": "user", "content": "Hi, I'm Priya Raman and my order never arrived."}]}
        {"messages": [{"role": "user", "content": "Hi there, Lukas Becker here, the invoice is wrong."}]}
        {"messages": [{"role": "user", "content": "Hi, can you reset the password for James please?"}]}
        {"messages": [{"role": "user", "content": "Hello, Mary Lopez again: the refund for order 4471 never came."}]}
        {"messages": [{"role": "user", "content": "Good morning, Linda Virtanen writing about the broken charger."}]}
        {"messages": [{"role": "user", "content": "Karen asked me to write: the delivery address is wrong."}]}
        """);
    ResourceReport report = scanner.scan(DatasetResource.of(chats));
    List<String> found = names(report, chats);
    assertTrue(found.stream().anyMatch(x -> x.startsWith("$.messages[0].content:")), found.toString());
    assertTrue(found.stream().noneMatch(x -> x.endsWith(":0-2")), "'Hi' reported: " + found);
    assertTrue(found.stream().noneMatch(x -> x.endsWith(":0-5")), "the weak 'Karen' promoted: " + found);
  }

  @Test
  void aLabelledNationalIdentifierOutweighsAPhoneNumberOfTheSameDigits(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("ids.jsonl"), "{\"text\": \"Hi, pnr 520201-6894 thanks\"}\n");
    List<String> types = scanner.scan(DatasetResource.of(file)).findings().stream().map(f -> f.infoType().id()).toList();
    assertEquals(List.of("SE_PERSONNUMMER"), types);
  }

  @Test
  void aColumnOfFirstNamesIsStillPromoted(@TempDir Path dir) throws IOException {
    // Single first names are weak alone; in a column of names (enough values) they count.
    StringBuilder csv = new StringBuilder("id,contact\n");
    String[] people = {"Mary Lopez", "John Nowak", "Karen", "David Okafor", "Linda Virtanen", "James", "Susan Gupta",
        "Robert"};
    for (int i = 0; i < people.length; i++) {
      csv.append(i).append(',').append(people[i]).append('\n');
    }
    Path file = Files.writeString(dir.resolve("people.csv"), csv);
    ResourceReport report = scanner.scan(DatasetResource.of(file));
    assertEquals(people.length, names(report, file).size(), report.findings().toString());
  }
}
