package io.datasieve.parquet;

import io.datasieve.DataFormat;
import io.datasieve.spi.ContentSample;
import io.datasieve.spi.RecordSource;
import io.datasieve.spi.RecordSourceProvider;
import io.datasieve.spi.SourceContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Reads Apache Parquet files through parquet-avro, row group by row group in file order. Needs
 * random access, so only local files are read for now.
 */
public final class ParquetSourceProvider implements RecordSourceProvider {
  @Override
  public DataFormat format() {
    return DataFormat.PARQUET;
  }

  @Override
  public Set<String> fileExtensions() {
    return Set.of("parquet", "parq", "pq");
  }

  @Override
  public String rejectContent(ContentSample sample) {
    byte[] h = sample.head();
    if (h.length >= 4 && h[0] == 'P' && h[1] == 'A' && h[2] == 'R' && h[3] == '1') {
      return null;
    }
    return "no Parquet magic 'PAR1' at the start (the content looks like " + sample.mediaType() + ")";
  }

  @Override
  public RecordSource open(SourceContext context) throws IOException {
    Path file = context.resource().localPath().orElseThrow(() -> new IOException(
        "Parquet needs random access; only local files are supported, not " + context.resource().uri()));
    return new ParquetRecordSource(context, file);
  }
}
