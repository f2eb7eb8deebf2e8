package io.datasieve.internal;

import io.datasieve.spi.ContentSample;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.ParseContext;

/**
 * Looks at the first bytes of a resource: magic-byte media type (tika-core) and whether it is
 * text at all. Tika knows binary containers (Parquet, zip, PDF, HDF5...) by magic; it cannot tell
 * CSV from JSONL, which is left to the readers.
 */
public final class ContentSniffer {
  private ContentSniffer() {}

  /** Tika's registry loads a 300 KB XML file: do it once, on first use. */
  private static final class Tika {
    static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();
  }

  /** Describes the head of a resource. */
  public static ContentSample sample(byte[] head) {
    return new ContentSample(head, mediaType(head), looksBinary(head));
  }

  static String mediaType(byte[] head) {
    if (head.length == 0) {
      return MediaType.TEXT_PLAIN.toString();
    }
    try (TikaInputStream in = TikaInputStream.get(head)) {
      return Tika.TYPES.detect(in, new Metadata(), new ParseContext()).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether Tika considers the type a kind of text (JSON, XML, CSV, HTML are). */
  public static boolean isTextType(String mediaType) {
    MediaType t = MediaType.parse(mediaType);
    if (t == null) {
      return false;
    }
    return t.getType().equals("text") || Tika.REGISTRY.isSpecializationOf(t, MediaType.TEXT_PLAIN);
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
   * The common rejection for text formats: binary content, or a magic-detected non-text type.
   *
   * @return {@code null} when the head is acceptable text
   */
  public static String rejectNonText(ContentSample sample, String formatName) {
    byte[] h = sample.head();
    if (h.length >= 2 && ((h[0] == (byte) 0xFF && h[1] == (byte) 0xFE) || (h[0] == (byte) 0xFE && h[1] == (byte) 0xFF))) {
      return "the content is UTF-16 text; only UTF-8 " + formatName + " is supported (convert it first)";
    }
    String type = sample.mediaType();
    boolean knownBinary = !type.equals(MediaType.OCTET_STREAM.toString()) && !isTextType(type);
    if (knownBinary) {
      return "the content is " + type + ", not " + formatName + " text";
    }
    if (sample.looksBinary()) {
      return "the content is binary (NUL or control bytes in the first " + h.length + " bytes), not "
          + formatName + " text";
    }
    return null;
  }
}
