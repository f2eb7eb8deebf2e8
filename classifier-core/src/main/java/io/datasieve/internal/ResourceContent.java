package io.datasieve.internal;

import io.datasieve.DatasetResource;
import io.datasieve.spi.ContentSample;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * The content of one resource as a reader sees it. Gzip is recognised by its magic bytes and
 * decompressed (a name ending in {@code .gz} must hold gzip data); the head is sampled for the
 * format check; the bytes read from the resource itself are counted. Used by one thread.
 */
final class ResourceContent implements Closeable {
  private static final int HEAD_BYTES = 8192;
  private static final int BUFFER = 1 << 16;

  private final DatasetResource resource;
  private CountingInputStream raw;
  private InputStream stream;
  private boolean gzip;

  ResourceContent(DatasetResource resource) {
    this.resource = resource;
  }

  /**
   * Opens the resource and samples the head of its (decompressed) content, which the stream then
   * still starts with. After a failure, {@link #close()} releases what was opened.
   *
   * @param gzipName whether the name says the content is gzip
   */
  ContentSample open(boolean gzipName) throws IOException {
    raw = new CountingInputStream(resource.open());
    BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
    stream = in;
    in.mark(4);
    int b0 = in.read();
    int b1 = in.read();
    in.reset();
    gzip = b0 == 0x1f && b1 == 0x8b;
    if (gzipName && !gzip && b0 >= 0) {
      throw new IOException("the name ends in .gz but the content is not gzip data");
    }
    if (gzip) {
      stream = new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER);
    }
    stream.mark(HEAD_BYTES);
    byte[] head = stream.readNBytes(HEAD_BYTES);
    stream.reset();
    return ContentSniffer.sample(head);
  }

  /** The content, decompressed; valid after {@link #open}. */
  InputStream stream() {
    return stream;
  }

  /** Whether the content is gzip data. */
  boolean gzip() {
    return gzip;
  }

  /** Bytes read from the resource so far (compressed bytes for gzip); 0 before it was opened. */
  long bytesRead() {
    return raw == null ? 0 : raw.count();
  }

  /** Closes the content; the scan result does not depend on whether that works. */
  @Override
  public void close() {
    if (stream == null) {
      return;
    }
    try {
      stream.close();
    } catch (IOException | RuntimeException e) {
      // Nothing more to read from it.
    }
  }
}
