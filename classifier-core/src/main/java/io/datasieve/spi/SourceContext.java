package io.datasieve.spi;

import io.datasieve.DatasetResource;
import io.datasieve.Issue;
import java.io.IOException;
import java.io.InputStream;

/** What the engine gives a {@link RecordSourceProvider} to open a resource. */
public interface SourceContext {
  /** The resource being opened. */
  DatasetResource resource();

  /**
   * The content, decompressed if it was gzip. May be called once; the engine closes it. Sources
   * that need random access use {@link DatasetResource#localPath()} instead.
   */
  InputStream openStream() throws IOException;

  /** The value of a reader option ({@code csv.header}), or {@code null} when not set. */
  default String option(String key) {
    return null;
  }

  /** The largest record (or line) in chars or bytes a source may buffer before giving up on it. */
  int maxRecordLength();

  /**
   * Reports a problem with the data; the message must not contain raw field values. May be called
   * from several threads when the resource is read in parts.
   */
  void report(Issue issue);

  /**
   * Returns the interned {@link FieldPath} for a path string (one instance per distinct path).
   * Thread-safe.
   */
  FieldPath fieldPath(String path);
}
