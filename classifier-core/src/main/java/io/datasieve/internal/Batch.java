package io.datasieve.internal;

import io.datasieve.spi.FieldPath;

/**
 * Field values of consecutive records, copied out of a reader so that detection can run on
 * another thread while the reader goes on. Flat arrays: one entry per value.
 */
final class Batch {
  static final int MAX_VALUES = 2048;
  static final long MAX_CHARS = 1L << 20;

  final long[] records = new long[MAX_VALUES];
  final int[] fieldIndexes = new int[MAX_VALUES];
  final FieldPath[] fields = new FieldPath[MAX_VALUES];
  final String[] values = new String[MAX_VALUES];
  int size;
  long chars;

  boolean isFull() {
    return size == MAX_VALUES || chars >= MAX_CHARS;
  }

  void add(long record, int fieldIndex, FieldPath field, String value) {
    records[size] = record;
    fieldIndexes[size] = fieldIndex;
    fields[size] = field;
    values[size] = value;
    size++;
    chars += value.length();
  }
}
