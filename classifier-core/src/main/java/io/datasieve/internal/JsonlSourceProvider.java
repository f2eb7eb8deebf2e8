package io.datasieve.internal;

import io.datasieve.DataFormat;
import io.datasieve.spi.ContentSample;
import io.datasieve.spi.RecordSource;
import io.datasieve.spi.RecordSourceProvider;
import io.datasieve.spi.SourceContext;
import java.io.IOException;
import java.util.Set;

/** Reads {@code .jsonl} and {@code .ndjson} files (optionally gzip-compressed). */
public final class JsonlSourceProvider implements RecordSourceProvider {
  @Override
  public DataFormat format() {
    return DataFormat.JSONL;
  }

  @Override
  public Set<String> fileExtensions() {
    return Set.of("jsonl", "ndjson");
  }

  @Override
  public String rejectContent(ContentSample sample) {
    return ContentSniffer.rejectNonText(sample, "JSONL");
  }

  @Override
  public RecordSource open(SourceContext context) throws IOException {
    return new JsonlRecordSource(context);
  }
}
