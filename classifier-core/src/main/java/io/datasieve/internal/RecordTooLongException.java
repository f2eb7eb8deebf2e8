package io.datasieve.internal;

import java.io.IOException;

/**
 * A record is over the length limit: a 1 GB line fails with this, naming the limit, instead of
 * costing memory until an OutOfMemoryError.
 */
final class RecordTooLongException extends IOException {
  RecordTooLongException(long limit) {
    super("a record is longer than the limit of " + limit
        + " chars (an unterminated quote, or a huge field); the rest of the file was not read");
  }
}
