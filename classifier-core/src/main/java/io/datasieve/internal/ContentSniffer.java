package io.datasieve.internal;

import io.datasieve.spi.ContentSample;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.ParseContext;

/**
 * Looks at the first bytes of a resource: what format they are, and whether they are text at all.
 * Telling CSV from JSONL is left to the readers.
 *
 * <p>Design note. Tika's MIME database knows some 1,500 formats by magic bytes, but loading it
 * costs more than reading a small file and running every detector over it (about 0.2 s of CPU on
 * the thread that asks, and as much again in the JIT and GC work it brings: half of the first scan
 * of a five-record file). So a head is decided by the cheapest step that can:
 *
 * <ol>
 *   <li>{@link KnownFormat}: the signatures of the binary formats a dataset scan meets (Parquet,
 *       zip, gzip, PDF, HDF5, pickle, safetensors...), which decide and name them;
 *   <li>wide encodings: UTF-16 and UTF-32, by byte order mark or by the NUL in every other byte
 *       of ASCII text without one;
 *   <li>text: a head without NUL bytes and with few control bytes is text, unless one of {@link
 *       TextLookalikes} could match it, that is unless Tika could call it something else.
 * </ol>
 *
 * Only the rest, text heads that look like something else and binary heads that no signature
 * names, goes to Tika, whose database is then loaded once, on first use. The answers are the ones
 * Tika alone gave before, except that the formats above are named without it; plain CSV, JSONL
 * and JSON never load the database.
 */
public final class ContentSniffer {
  static final String TEXT_PLAIN = "text/plain";
  static final String OCTET_STREAM = "application/octet-stream";

  private static final AtomicInteger TIKA_DETECTIONS = new AtomicInteger();

  private ContentSniffer() {}

  /**
   * Tika's registry loads a 300 KB XML file: once, on first use, by the class initialisation
   * (which the JVM runs once and publishes safely to every thread). Everything that touches Tika
   * lives here, so that a scan that never needs it does not even load its classes.
   */
  private static final class Tika {
    static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();

    static String detect(byte[] head) {
      try (TikaInputStream in = TikaInputStream.get(head)) {
        return TYPES.detect(in, new Metadata(), new ParseContext()).toString();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    static boolean isText(String mediaType) {
      MediaType t = MediaType.parse(mediaType);
      return t != null && (t.getType().equals("text") || REGISTRY.isSpecializationOf(t, MediaType.TEXT_PLAIN));
    }
  }

  /** Describes the head of a resource. */
  public static ContentSample sample(byte[] head) {
    boolean binary = looksBinary(head);
    return new ContentSample(head, mediaType(head, binary), binary);
  }

  static String mediaType(byte[] head) {
    return mediaType(head, looksBinary(head));
  }

  private static String mediaType(byte[] head, boolean binary) {
    if (head.length == 0) {
      return TEXT_PLAIN;
    }
    KnownFormat known = KnownFormat.of(head);
    if (known != null) {
      return known.mediaType();
    }
    String wide = wideEncoding(head);
    if (wide != null) {
      return TEXT_PLAIN + "; charset=" + wide;
    }
    if (!binary && !TextLookalikes.couldMatch(head)) {
      return TEXT_PLAIN;
    }
    return tikaType(head);
  }

  /** Asks Tika's database: the slow path, counted for tests. */
  static String tikaType(byte[] head) {
    TIKA_DETECTIONS.incrementAndGet();
    return Tika.detect(head);
  }

  /** How many heads have been given to Tika's database since the JVM started. */
  static int tikaDetections() {
    return TIKA_DETECTIONS.get();
  }

  /** Whether a media type is a kind of text (JSON, XML, CSV, HTML are) in Tika's registry. */
  public static boolean isTextType(String mediaType) {
    int semicolon = mediaType.indexOf(';');
    String base = (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).trim();
    if (base.startsWith("text/")) {
      return true;
    }
    if (base.equals(OCTET_STREAM) || KnownFormat.isKnownType(base)) {
      return false;
    }
    return Tika.isText(mediaType);
  }

  /**
   * Text has no NUL bytes (UTF-16 does, and is reported as such by the readers) and few control
   * characters besides tab, CR, LF and form feed.
   */
  static boolean looksBinary(byte[] head) {
    int control = 0;
    for (byte b : head) {
      int c = b & 0xFF;
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b) {
        control++;
      }
    }
    return control > head.length / 20 + 1;
  }

  /**
   * UTF-16 or UTF-32 by their byte order marks; UTF-16 also without one when the head is ASCII text
   * with a NUL in every other byte.
   *
   * @return the charset name, or {@code null}
   */
  static String wideEncoding(byte[] h) {
    if (h.length >= 4 && h[0] == (byte) 0xFF && h[1] == (byte) 0xFE && h[2] == 0 && h[3] == 0) {
      return "UTF-32LE";
    }
    if (h.length >= 4 && h[0] == 0 && h[1] == 0 && h[2] == (byte) 0xFE && h[3] == (byte) 0xFF) {
      return "UTF-32BE";
    }
    if (h.length >= 2 && h[0] == (byte) 0xFF && h[1] == (byte) 0xFE) {
      return "UTF-16LE";
    }
    if (h.length >= 2 && h[0] == (byte) 0xFE && h[1] == (byte) 0xFF) {
      return "UTF-16BE";
    }
    int pairs = Math.min(h.length, 512) / 2;
    if (pairs < 4) {
      return null;
    }
    int evenNul = 0;
    int oddNul = 0;
    int evenText = 0;
    int oddText = 0;
    for (int i = 0; i < pairs; i++) {
      int even = h[2 * i] & 0xFF;
      int odd = h[2 * i + 1] & 0xFF;
      evenNul += even == 0 ? 1 : 0;
      oddNul += odd == 0 ? 1 : 0;
      evenText += isTextByte(even) ? 1 : 0;
      oddText += isTextByte(odd) ? 1 : 0;
    }
    // Nine in ten characters ASCII, with their NUL on the side the byte order puts it.
    if (oddNul * 10 >= pairs * 9 && evenText * 10 >= pairs * 9) {
      return "UTF-16LE";
    }
    if (evenNul * 10 >= pairs * 9 && oddText * 10 >= pairs * 9) {
      return "UTF-16BE";
    }
    return null;
  }

  private static boolean isTextByte(int b) {
    return b >= 0x20 && b < 0x7F || b == '\t' || b == '\n' || b == '\r';
  }

  /**
   * The common rejection for text formats: a wide encoding, a known binary format, a non-text type
   * from Tika, or binary content.
   *
   * @return {@code null} when the head is acceptable text
   */
  public static String rejectNonText(ContentSample sample, String formatName) {
    byte[] h = sample.head();
    KnownFormat known = KnownFormat.of(h);
    if (known != null) {
      return "the content is " + known.mediaType() + " (" + known.description() + "), not " + formatName + " text";
    }
    String wide = wideEncoding(h);
    if (wide != null) {
      return "the content is " + wide + " text; only UTF-8 " + formatName + " is supported (convert it first)";
    }
    String type = sample.mediaType();
    if (!type.equals(OCTET_STREAM) && !isTextType(type)) {
      return "the content is " + type + ", not " + formatName + " text";
    }
    if (sample.looksBinary()) {
      return "the content is binary (NUL or control bytes in the first " + h.length + " bytes), not "
          + formatName + " text";
    }
    return null;
  }
}
