package io.datasieve.spi;

import io.datasieve.DataFormat;
import java.io.IOException;
import java.util.Set;

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
}
