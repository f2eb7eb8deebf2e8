package io.datasieve.spi;

/**
 * A base for {@link RecordSource}s that flatten nested records (JSON, Parquet, Avro) into a
 * {@link FlatRecord}: subclasses fill {@link #record} in {@link #next()}; the field accessors
 * read it.
 */
public abstract class FlatRecordSource implements RecordSource {
  /** The current record's values; cleared and refilled by {@code next()}. */
  protected final FlatRecord record = new FlatRecord();

  @Override
  public int fieldCount() {
    return record.size();
  }

  @Override
  public FieldPath field(int i) {
    return record.path(i);
  }

  @Override
  public String value(int i) {
    return record.value(i);
  }
}
