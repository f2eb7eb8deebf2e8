package io.datasieve.parquet;

import io.datasieve.DataFormat;
import io.datasieve.spi.ContentSample;
import io.datasieve.spi.RecordSource;
import io.datasieve.spi.RecordSourceProvider;
import io.datasieve.spi.SourceContext;
import java.io.IOException;
import io.datasieve.spi.Split;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;

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
    return new ParquetRecordSource(context, file, null);
  }

  /**
   * Consecutive row groups of a file: the byte range that holds them (a reader given this range
   * reads exactly the row groups whose midpoint falls inside it) and the index of their first row.
   */
  record RowGroups(long start, long end, long firstRecord) implements Split {}

  /** Groups consecutive row groups into parts of about the target size, from the footer. */
  @Override
  public List<RowGroups> split(SourceContext context, Path file, long targetBytes) throws IOException {
    List<BlockMetaData> blocks;
    try (ParquetFileReader footer = ParquetFileReader.open(ParquetRecordSource.named(file))) {
      blocks = footer.getRowGroups();
    }
    List<RowGroups> parts = new ArrayList<>();
    long rows = 0;
    long partStart = -1;
    long partEnd = 0;
    long partRows = 0;
    for (BlockMetaData b : blocks) {
      if (partStart < 0) {
        partStart = b.getStartingPos();
        partRows = rows;
      }
      partEnd = b.getStartingPos() + b.getCompressedSize();
      rows += b.getRowCount();
      if (partEnd - partStart >= targetBytes) {
        parts.add(new RowGroups(partStart, partEnd, partRows));
        partStart = -1;
      }
    }
    if (partStart >= 0) {
      parts.add(new RowGroups(partStart, partEnd, partRows));
    }
    return parts.size() > 1 ? parts : List.of();
  }

  @Override
  public RecordSource open(SourceContext context, Split part) throws IOException {
    return new ParquetRecordSource(context, context.resource().localPath().orElseThrow(), (RowGroups) part);
  }
}
