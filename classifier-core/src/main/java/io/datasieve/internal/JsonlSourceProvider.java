package io.datasieve.internal;

import io.datasieve.DataFormat;
import io.datasieve.spi.ContentSample;
import io.datasieve.spi.RecordSource;
import io.datasieve.spi.RecordSourceProvider;
import io.datasieve.spi.SourceContext;
import io.datasieve.spi.Split;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
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
    return new JsonlRecordSource(context, context.openStream(), 0);
  }

  /**
   * Cuts after the first newline past each multiple of the target size (found by seeking, not
   * scanning), then counts the newlines before each cut in one fast pass so every part knows the
   * index of its first line.
   */
  @Override
  public List<FileRange> split(SourceContext context, Path file, long targetBytes) throws IOException {
    long size = Files.size(file);
    if (size < 2 * targetBytes) {
      return List.of();
    }
    List<Long> cuts = new ArrayList<>();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long from = targetBytes - 1;
      while (from < size) {
        long nl = FileRange.nextNewline(channel, from);
        if (nl < 0 || nl + 1 >= size) {
          break;
        }
        cuts.add(nl + 1);
        from = nl + targetBytes;
      }
    }
    if (cuts.isEmpty()) {
      return List.of();
    }
    long[] linesBefore = new long[cuts.size()];
    int[] next = {0};
    long[] lines = {0};
    FileRange.scan(file, (bytes, length, offset) -> {
      int from = 0;
      while (next[0] < cuts.size() && cuts.get(next[0]) <= offset + length) {
        int to = (int) (cuts.get(next[0]) - offset);
        lines[0] += FileRange.countNewlines(bytes, from, to);
        linesBefore[next[0]++] = lines[0];
        from = to;
      }
      lines[0] += FileRange.countNewlines(bytes, from, length);
    });
    List<FileRange> parts = new ArrayList<>(cuts.size() + 1);
    long start = 0;
    long line = 0;
    for (int k = 0; k <= cuts.size(); k++) {
      long end = k < cuts.size() ? cuts.get(k) : size;
      parts.add(new FileRange(start, end, line, line + 1));
      if (k < cuts.size()) {
        start = end;
        line = linesBefore[k];
      }
    }
    return parts;
  }

  @Override
  public RecordSource open(SourceContext context, Split part) throws IOException {
    FileRange range = (FileRange) part;
    return new JsonlRecordSource(context, range.open(context.resource().localPath().orElseThrow()), range.firstRecord());
  }
}
