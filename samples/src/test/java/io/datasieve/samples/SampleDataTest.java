package io.datasieve.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed samples are exactly what the committed generator writes. */
class SampleDataTest {
  @TempDir Path dir;

  @Test
  void committedSamplesMatchTheGenerator() throws IOException {
    SampleData.writeAll(dir);
    Path committed = Path.of("data");
    for (String name : List.of("customers.csv", "support_chats.jsonl", "transactions.parquet")) {
      assertArrayEquals(Files.readAllBytes(committed.resolve(name)), Files.readAllBytes(dir.resolve(name)),
          name + " differs from the generator's output: regenerate with mvn -pl samples exec:java");
    }
  }
}
