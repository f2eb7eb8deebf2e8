package io.datasieve.internal;

import static io.datasieve.testing.Scans.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datasieve.DatasetResource;
import io.datasieve.spi.ContentSample;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourceContentTest {
  @TempDir Path dir;

  private static byte[] text(int lines) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      sb.append("{\"line\":").append(i).append("}\n");
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void plainContentIsSampledAndStillReadFromItsStart() throws IOException {
    byte[] data = text(2000);
    Path f = write(dir, "a.jsonl", data);
    try (ResourceContent content = new ResourceContent(DatasetResource.of(f))) {
      ContentSample sample = content.open(false);
      assertFalse(content.gzip());
      assertEquals(8192, sample.head().length);
      assertArrayEquals(data, content.stream().readAllBytes());
      assertEquals(data.length, content.bytesRead());
    }
  }

  @Test
  void gzipIsKnownByItsMagicBytesWhateverTheName() throws IOException {
    byte[] data = text(2000);
    Path gz = write(dir, "a.jsonl.gz", data);
    Path renamed = Files.copy(gz, dir.resolve("renamed.jsonl"));
    for (Path f : new Path[] {gz, renamed}) {
      try (ResourceContent content = new ResourceContent(DatasetResource.of(f))) {
        ContentSample sample = content.open(f == gz);
        assertTrue(content.gzip(), f.toString());
        assertEquals("{\"line\":0}", new String(sample.head(), 0, 10, StandardCharsets.UTF_8));
        assertArrayEquals(data, content.stream().readAllBytes());
        assertEquals(Files.size(gz), content.bytesRead(), "compressed bytes are counted");
      }
    }
  }

  @Test
  void aGzNameOnPlainContentIsAnError() throws IOException {
    Path f = write(dir, "fake.csv", "a,b\n1,2\n");
    Path named = Files.move(f, dir.resolve("fake.csv.gz"));
    try (ResourceContent content = new ResourceContent(DatasetResource.of(named))) {
      assertEquals("the name ends in .gz but the content is not gzip data",
          assertThrows(IOException.class, () -> content.open(true)).getMessage());
      assertTrue(content.bytesRead() > 0, "what was read is counted");
    }
  }

  @Test
  void anEmptyGzFileIsEmptyContent() throws IOException {
    Path f = Files.write(dir.resolve("empty.csv.gz"), new byte[0]);
    try (ResourceContent content = new ResourceContent(DatasetResource.of(f))) {
      assertEquals(0, content.open(true).head().length);
      assertFalse(content.gzip());
    }
  }

  @Test
  void beforeOpeningNothingIsCountedAndCloseIsHarmless() {
    ResourceContent content = new ResourceContent(DatasetResource.of(dir.resolve("missing.csv")));
    assertEquals(0, content.bytesRead());
    assertThrows(IOException.class, () -> content.open(false));
    assertEquals(0, content.bytesRead());
    content.close();
  }
}
