package io.datasieve.spi;

import java.util.ArrayList;
import java.util.List;

/**
 * The current record of a {@link RecordSource} that flattens nested data (JSON, Parquet, Avro)
 * into (path, value) pairs. Reused from record to record: {@link #clear()} then {@link #add}.
 */
public final class FlatRecord {
  private final List<FieldPath> paths = new ArrayList<>();
  private final List<String> values = new ArrayList<>();

  /** Forgets the previous record's values. */
  public void clear() {
    paths.clear();
    values.clear();
  }

  /** Adds a value. */
  public void add(FieldPath path, String value) {
    paths.add(path);
    values.add(value);
  }

  /** Number of values. */
  public int size() {
    return values.size();
  }

  /** The path of value {@code i}. */
  public FieldPath path(int i) {
    return paths.get(i);
  }

  /** Value {@code i}. */
  public String value(int i) {
    return values.get(i);
  }
}
