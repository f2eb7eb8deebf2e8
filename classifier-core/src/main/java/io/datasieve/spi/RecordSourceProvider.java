package io.datasieve.spi;

import io.datasieve.DataFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Adds a readable format. Found through {@link java.util.ServiceLoader}: register an
 * implementation in {@code META-INF/services/io.datasieve.spi.RecordSourceProvider}.
 * Implementations must be thread-safe.
 */
public interface RecordSourceProvider {
  /** The format read. */
  DataFormat format();

  /** Lower-case file extensions without the dot ({@code csv}); {@code .gz} is handled by the engine. */
  Set<String> fileExtensions();

  /**
   * Checks that the content fits the format.
   *
   * @return {@code null} if it fits, otherwise the reason, naming what the content looks like
   */
  String rejectContent(ContentSample sample);

  /** Opens a cursor over the records. Failures here mark the resource failed. */
  RecordSource open(SourceContext context) throws IOException;

  /**
   * Checks a reader option ({@link io.datasieve.Scanner.Builder#readerOption}) meant for this
   * provider. Options are named {@code <format>.<name>} in lower case ({@code csv.header}).
   *
   * @return {@code null} when the key and value are fine, else the reason; the default knows no option
   */
  default String checkOption(String key, String value) {
    return "unknown option";
  }

  /**
   * Divides a local, uncompressed file into parts that can be read in parallel. The parts must
   * cover every record exactly once, in order, and each part's cursor must report global record
   * indexes and lines, so that a split scan reports exactly what a sequential one does. Return an
   * empty list (the default) when the file cannot be divided; it is then read with {@link
   * #open(SourceContext)}.
   *
   * @param context the resource's context (its stream is not to be used here)
   * @param file the local file
   * @param targetBytes the approximate size of one part
   */
  default List<? extends Split> split(SourceContext context, Path file, long targetBytes) throws IOException {
    return List.of();
  }

  /**
   * The parts of {@link #split(SourceContext, Path, long)}, each handed on as soon as it is known,
   * so that reading the first parts can start while the rest of the file is still being divided (a
   * CSV file is scanned byte by byte for the record boundaries outside quotes). Parts come in file
   * order, from the calling thread. Hand on none when the file cannot be divided. The default
   * hands on the parts of {@link #split(SourceContext, Path, long)}.
   *
   * <p>A failure after some parts were handed on leaves the rest of the file unread: the scan
   * reports the resource as partial, with the failure.
   */
  default void split(SourceContext context, Path file, long targetBytes, Consumer<? super Split> parts) throws IOException {
    for (Split part : split(context, file, targetBytes)) {
      parts.accept(part);
    }
  }

  /** Opens a cursor over one part returned by {@link #split}. */
  default RecordSource open(SourceContext context, Split part) throws IOException {
    throw new IllegalStateException(getClass().getName() + " returned splits but cannot open them");
  }
}
