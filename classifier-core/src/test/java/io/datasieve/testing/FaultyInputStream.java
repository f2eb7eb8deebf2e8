package io.datasieve.testing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Delivers the first {@code failAfter} bytes of a stream, then throws an I/O error. */
public final class FaultyInputStream extends FilterInputStream {
  private long remaining;

  /** Fails once {@code failAfter} bytes have been read. */
  public FaultyInputStream(InputStream in, long failAfter) {
    super(in);
    this.remaining = failAfter;
  }

  @Override
  public int read() throws IOException {
    check();
    int b = super.read();
    remaining--;
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    check();
    int n = super.read(b, off, (int) Math.min(len, remaining));
    if (n > 0) {
      remaining -= n;
    }
    return n;
  }

  private void check() throws IOException {
    if (remaining <= 0) {
      throw new IOException("injected fault: device error");
    }
  }
}
