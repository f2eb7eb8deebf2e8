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
    compare(Path.of("data"), dir, List.of("customers.csv", "support_chats.jsonl", "transactions.parquet"));
  }

  @Test
  void committedEvaluationCorpusMatchesTheGenerator() throws IOException {
    EvalCorpus.writeAll(dir);
    List<String> names = List.of("customers.csv", "support_chats.jsonl", "accounts.parquet", "secrets.jsonl");
    List<String> all = new java.util.ArrayList<>(names);
    names.forEach(n -> all.add(n + ".labels.json"));
    compare(Path.of("eval"), dir, all);
  }

  private static void compare(Path committed, Path generated, List<String> names) throws IOException {
    for (String name : names) {
      assertArrayEquals(Files.readAllBytes(committed.resolve(name)), Files.readAllBytes(generated.resolve(name)),
          name + " differs from the generator's output: regenerate with mvn -pl samples exec:java");
    }
  }
}
