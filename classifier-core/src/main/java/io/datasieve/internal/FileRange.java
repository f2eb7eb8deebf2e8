package io.datasieve.internal;

import io.datasieve.spi.Split;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A byte range {@code [start, end)} of a local text file that starts at a record boundary, with
 * the global index of its first record and its first line: one part of a split text file.
 *
 * @param start first byte
 * @param end byte after the last
 * @param firstRecord global index of the first record in the range
 * @param firstLine 1-based line number of the first byte
 */
record FileRange(long start, long end, long firstRecord, long firstLine) implements Split {

  /** Opens the range as a buffered stream that ends at {@code end}. */
  InputStream open(Path file) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    channel.position(start);
    InputStream in = Channels.newInputStream(channel);
    return new BufferedInputStream(new InputStream() {
      private long remaining = end - start;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (remaining <= 0) {
          return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, remaining));
        if (n > 0) {
          remaining -= n;
        }
        return n;
      }

      @Override
      public void close() throws IOException {
        in.close();
      }
    }, 1 << 16);
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES_7F = 0x7F7F7F7F7F7F7F7FL;
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

  /** Feeds a file to a scanner in 1 MiB chunks, in order. */
  static void scan(Path file, ChunkScanner scanner) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer buf = ByteBuffer.allocate(1 << 20);
      long base = 0;
      while (channel.read(buf) > 0) {
        buf.flip();
        scanner.accept(buf.array(), buf.limit(), base);
        base += buf.limit();
        buf.clear();
      }
    }
  }

  /** Receives a file chunk by chunk: {@code bytes[0, length)} starts at file offset {@code offset}. */
  @FunctionalInterface
  interface ChunkScanner {
    void accept(byte[] bytes, int length, long offset);
  }

  /**
   * Counts {@code '\n'} bytes in {@code a[from, to)}, eight at a time: a byte of {@code x ^
   * 0x0A..0A} is zero exactly where the newlines are, and {@code ~(((y & 0x7F..) + 0x7F..) | y |
   * 0x7F..)} sets the top bit of exactly the zero bytes of {@code y} (no borrow between bytes).
   */
  static long countNewlines(byte[] a, int from, int to) {
    long count = 0;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long y = (long) LONGS.get(a, i) ^ NEWLINES;
      count += Long.bitCount(~(((y & ONES_7F) + ONES_7F) | y | ONES_7F));
    }
    for (; i < to; i++) {
      if (a[i] == '\n') {
        count++;
      }
    }
    return count;
  }

  /** Offset of the first {@code '\n'} at or after {@code from}, or -1. */
  static long nextNewline(FileChannel channel, long from) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(1 << 16);
    long pos = from;
    while (true) {
      buf.clear();
      int n = channel.read(buf, pos);
      if (n <= 0) {
        return -1;
      }
      byte[] a = buf.array();
      for (int i = 0; i < n; i++) {
        if (a[i] == '\n') {
          return pos + i;
        }
      }
      pos += n;
    }
  }
}
