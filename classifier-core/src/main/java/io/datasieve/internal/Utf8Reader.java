package io.datasieve.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8, dropping a leading byte-order mark and replacing malformed sequences with
 * U+FFFD while remembering where the first one was, so the reader can report invalid UTF-8 with
 * its byte offset instead of failing or silently substituting.
 */
final class Utf8Reader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private long consumedBefore; // bytes dropped from the buffer by earlier compactions
  private boolean eof;
  private boolean started;
  private final boolean skipBom;
  private boolean flushed;
  private long firstMalformedOffset = -1;
  private long malformedCount;

  /** @param skipBom whether a UTF-8 byte-order mark at the start is dropped (only where a file starts) */
  Utf8Reader(InputStream in, boolean skipBom) {
    this.in = in;
    this.skipBom = skipBom;
    bytes.flip();
  }

  /** Byte offset of the first malformed sequence, or -1. */
  long firstMalformedOffset() {
    return firstMalformedOffset;
  }

  /** Number of malformed sequences replaced. */
  long malformedCount() {
    return malformedCount;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (flushed) {
      return -1;
    }
    if (!started) {
      started = true;
      fill();
      if (skipBom && bytes.remaining() >= 3
          && bytes.get(0) == (byte) 0xEF && bytes.get(1) == (byte) 0xBB && bytes.get(2) == (byte) 0xBF) {
        bytes.position(3);
      }
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (out.position() == off) {
      CoderResult r = decoder.decode(bytes, out, eof);
      if (r.isError()) {
        if (firstMalformedOffset < 0) {
          firstMalformedOffset = consumedBefore + bytes.position();
        }
        malformedCount++;
        bytes.position(bytes.position() + r.length());
        out.put('\uFFFD');
      } else if (r.isOverflow()) {
        break;
      } else if (eof) {
        decoder.flush(out);
        flushed = true;
        break;
      } else {
        fill();
      }
    }
    int n = out.position() - off;
    return n == 0 && flushed ? -1 : n;
  }

  private void fill() throws IOException {
    consumedBefore += bytes.position();
    bytes.compact();
    try {
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + n);
      }
    } finally {
      bytes.flip();
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
