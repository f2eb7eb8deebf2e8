package io.datasieve.spi;

import java.io.Closeable;
import java.io.IOException;

/**
 * A pull cursor over the records of one resource. Lifecycle: {@link #next()} until it returns
 * {@code false}, then {@link #close()}; the accessors describe the current record only and are
 * valid until the next call to {@code next}. A source never holds more than one record (plus
 * bounded buffers) in memory.
 *
 * <p>Problems with one record that the source can step over (a bad JSON line, a ragged row) are
 * reported through {@link SourceContext#report} and the source moves on. Problems it cannot step
 * over are thrown from {@code next} as {@link IOException}; the engine then stops reading the
 * resource and marks it partial or failed.
 */
public interface RecordSource extends Closeable {
  /** Moves to the next record; {@code false} at the end. */
  boolean next() throws IOException;

  /** 0-based index of the current record (JSONL counts every line, blank ones included). */
  long recordIndex();

  /** 1-based line where the current record starts, or -1 when not line-based. */
  long line();

  /** Number of fields of the current record that have a value. */
  int fieldCount();

  /** The path of field {@code i} of the current record. */
  FieldPath field(int i);

  /** The value of field {@code i} of the current record, as text. */
  String value(int i);
}
