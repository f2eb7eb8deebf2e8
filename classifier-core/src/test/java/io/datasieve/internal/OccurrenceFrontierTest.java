package io.datasieve.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.datasieve.DatasetResource;
import io.datasieve.Finding;
import io.datasieve.Occurrence;
import io.datasieve.ResourceReport;
import io.datasieve.testing.Scans;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Batches skip rendering matches past the resource's occurrence frontier: the kept occurrences,
 * counts and reports stay those of keeping everything and cutting afterwards, over many batches,
 * thread counts and split reads.
 */
class OccurrenceFrontierTest {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({"1, 0", "4, 0", "4, 65536"})
  void keptOccurrencesAreTheFirstOnesWhateverTheBatching(int threads, long splitSize) throws IOException {
    StringBuilder csv = new StringBuilder("id,a,b,c\n");
    for (int i = 0; i < 12_000; i++) {
      // Several matches per row, weak ones too, across many batches of 2048 values.
      csv.append(i).append(",tok_a").append(i).append(",x tok_b").append(i).append(" tok_low").append(i)
          .append(i % 7 == 0 ? ",tok_c" + i : ",none").append('\n');
    }
    Path file = Scans.write(dir, "rows.csv", csv.toString());
    ResourceReport all = scan(file, Integer.MAX_VALUE, threads, splitSize);
    for (int max : List.of(1, 3, 20)) {
      ResourceReport cut = scan(file, max, threads, splitSize);
      assertEquals(all.findings().size(), cut.findings().size());
      for (int f = 0; f < all.findings().size(); f++) {
        Finding whole = all.findings().get(f);
        Finding kept = cut.findings().get(f);
        assertEquals(whole.count(), kept.count());
        List<Occurrence> expected = whole.occurrences().subList(0, Math.min(max, whole.occurrences().size()));
        assertEquals(expected, kept.occurrences(), "max " + max);
      }
    }
  }

  private static ResourceReport scan(Path file, int max, int threads, long splitSize) {
    var b = Scans.tokenScanner().threads(threads).maxOccurrences(max);
    if (splitSize > 0) {
      b.splitSize(splitSize);
    }
    return b.build().scan(DatasetResource.of(file));
  }
}
