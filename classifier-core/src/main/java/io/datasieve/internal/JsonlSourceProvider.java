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
import java.util.function.Consumer;

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

  @Override
  public List<FileRange> split(SourceContext context, Path file, long targetBytes) throws IOException {
    List<FileRange> parts = new ArrayList<>();
    split(context, file, targetBytes, part -> parts.add((FileRange) part));
    return parts;
  }

  /**
   * Cuts after the first newline past each multiple of the target size (found by seeking, not
   * scanning), then counts newlines in one fast pass, handing on each part as soon as the count
   * has passed its end: every part knows the index of its first line.
   */
  @Override
  public void split(SourceContext context, Path file, long targetBytes, Consumer<? super Split> parts) throws IOException {
    long size = Files.size(file);
    if (size < 2 * targetBytes) {
      return;
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
      return;
    }
    int[] next = {0};
    long[] lines = {0};
    long[] start = {0, 0}; // offset and first line index of the part being counted
    FileRange.scan(file, (bytes, length, offset) -> {
      int from = 0;
      while (next[0] < cuts.size() && cuts.get(next[0]) <= offset + length) {
        long cut = cuts.get(next[0]++);
        int to = (int) (cut - offset);
        lines[0] += FileRange.countNewlines(bytes, from, to);
        parts.accept(new FileRange(start[0], cut, start[1], start[1] + 1));
        start[0] = cut;
        start[1] = lines[0];
        from = to;
      }
      lines[0] += FileRange.countNewlines(bytes, from, length);
    });
    parts.accept(new FileRange(start[0], size, start[1], start[1] + 1));
  }

  @Override
  public RecordSource open(SourceContext context, Split part) throws IOException {
    FileRange range = (FileRange) part;
    return new JsonlRecordSource(context, range.open(context.resource().localPath().orElseThrow()), range.firstRecord());
  }
}
