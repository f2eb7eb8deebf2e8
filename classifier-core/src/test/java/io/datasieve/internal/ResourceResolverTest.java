package io.datasieve.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datasieve.DataFormat;
import io.datasieve.DatasetResource;
import io.datasieve.spi.ContentSample;
import io.datasieve.spi.RecordSource;
import io.datasieve.spi.RecordSourceProvider;
import io.datasieve.spi.SourceContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResourceResolverTest {
  private final RecordSourceProvider csv = new CsvSourceProvider();
  private final RecordSourceProvider jsonl = new JsonlSourceProvider();

  /** A third-party reader that claims the CSV format and the {@code .csv} extension. */
  private final RecordSourceProvider rivalCsv = new RecordSourceProvider() {
    @Override public DataFormat format() { return DataFormat.CSV; }
    @Override public Set<String> fileExtensions() { return Set.of("CSV", "ssv"); }
    @Override public String rejectContent(ContentSample sample) { return null; }
    @Override public RecordSource open(SourceContext context) { throw new AssertionError("resolving a resource must not open it"); }
  };

  private final ResourceResolver resolver = new ResourceResolver(List.of(csv, jsonl, rivalCsv));

  private static DatasetResource file(String name) {
    return DatasetResource.of(Path.of("/data", name));
  }

  @Test
  void theExtensionChoosesTheReaderCaseInsensitivelyAndUnderGz() {
    assertSame(csv, resolver.resolve(file("a.csv")).provider());
    assertSame(csv, resolver.resolve(file("A.CSV")).provider());
    ResourceResolver.Resolution gz = resolver.resolve(file("a.jsonl.gz"));
    assertSame(jsonl, gz.provider());
    assertTrue(gz.gzipName());
    assertFalse(resolver.resolve(file("a.jsonl")).gzipName());
    assertNull(gz.skipReason());
  }

  @Test
  void theFirstProviderOfAFormatOrExtensionWins() {
    assertSame(csv, resolver.resolve(file("a.csv")).provider(), "a later jar cannot replace a built-in reader");
    assertSame(rivalCsv, resolver.resolve(file("a.ssv")).provider(), "an extension nobody else claims");
    assertEquals(List.of(DataFormat.CSV, DataFormat.JSONL), List.copyOf(resolver.formats()));
  }

  @Test
  void aDeclaredFormatWinsOverTheName() {
    DatasetResource r = DatasetResource.builder(Path.of("/data/export.csv.gz")).format(DataFormat.JSONL).build();
    ResourceResolver.Resolution resolution = resolver.resolve(r);
    assertSame(jsonl, resolution.provider());
    assertTrue(resolution.gzipName(), "the name still says gzip");
  }

  @Test
  void withoutAReaderTheReasonNamesWhatIsReadable() {
    assertEquals("unsupported file type '.md'; readable formats: [CSV, JSONL]",
        resolver.resolve(file("README.md")).skipReason());
    assertEquals("unsupported file type; readable formats: [CSV, JSONL]", resolver.resolve(file("Makefile")).skipReason());
    assertEquals("Parquet support is not on the class path (add io.datasieve:parquet)",
        resolver.resolve(file("t.parquet")).skipReason());
    DatasetResource declared = DatasetResource.builder(Path.of("/data/t.bin")).format(DataFormat.PARQUET).build();
    assertEquals("no reader for format PARQUET (known: [CSV, JSONL])", resolver.resolve(declared).skipReason());
    assertNull(resolver.resolve(declared).provider());
  }
}
