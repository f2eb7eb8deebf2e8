package io.datasieve.spi;

import io.datasieve.DatasetResource;

/**
 * A field value handed to a {@link Detector}, with its context. The engine reuses instances: a
 * detector must not keep a reference after {@link Detector#detect} returns.
 */
public interface FieldValue {
  /** The resource the value belongs to. */
  DatasetResource resource();

  /** The 0-based record index. */
  long record();

  /** The field's name or path. */
  FieldPath field();

  /** The value as text (numbers, booleans, dates rendered as text), possibly truncated by limits. */
  String text();
}
