package io.datasieve.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Fails a read once more than a limit of chars has been pulled since the last {@link #reset()},
 * which the CSV source calls after each record: a 1 GB line then costs a bounded amount of memory
 * and an error naming the limit, not an OutOfMemoryError.
 */
final class RecordLengthGuard extends FilterReader {
  /** Parsers read ahead; allow that much beyond the limit before failing. */
  private static final int READ_AHEAD_SLACK = 1 << 16;

  private final long limit;
  private long sinceReset;

  RecordLengthGuard(Reader in, int limit) {
    super(in);
    this.limit = (long) limit + READ_AHEAD_SLACK;
  }

  @Override
  public void reset() {
    sinceReset = 0;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0];
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (sinceReset > limit) {
      throw new RecordTooLongException(limit - READ_AHEAD_SLACK);
    }
    int n = super.read(cbuf, off, len);
    if (n > 0) {
      sinceReset += n;
    }
    return n;
  }

  /** A record exceeded the length limit. */
  static final class RecordTooLongException extends IOException {
    RecordTooLongException(long limit) {
      super("a record is longer than the limit of " + limit
          + " chars (an unterminated quote, or a huge field); the rest of the file was not read");
    }
  }
}
