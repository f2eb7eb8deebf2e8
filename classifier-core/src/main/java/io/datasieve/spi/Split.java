package io.datasieve.spi;

/**
 * A part of a resource that can be read independently of the others, returned by {@link
 * RecordSourceProvider#split}. Providers implement it with whatever they need to open the part
 * (a byte range, a header, row groups); the engine only orders parts by {@link #firstRecord()}.
 */
public interface Split {
  /** Global index of the first record of this part. */
  long firstRecord();
}
