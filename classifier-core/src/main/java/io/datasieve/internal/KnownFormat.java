package io.datasieve.internal;

import java.nio.charset.StandardCharsets;

/**
 * Binary formats that a dataset scan meets, known by fixed bytes at fixed offsets: containers,
 * compressors, columnar and model files, documents, images, executables. Each one decides the
 * media type of a head without Tika's MIME database. Where Tika knows the format, the media type
 * is Tika's name for it or a generalisation of it ({@code application/x-elf} where Tika may say
 * {@code application/x-executable}), so that a report names a format the same way with or
 * without the database.
 */
enum KnownFormat {
  PARQUET("application/x-parquet", "an Apache Parquet file", "PAR1"),
  GZIP("application/gzip", "gzip-compressed data", "\u001f\u008b"),
  ZIP("application/zip", "a zip archive: .zip, .xlsx, .docx, .jar, .npz, PyTorch .pt...",
      "PK\u0003\u0004", "PK\u0005\u0006", "PK\u0007\u0008"),
  SEVEN_ZIP("application/x-7z-compressed", "a 7-Zip archive", "7z\u00bc\u00af\u0027\u001c"),
  BZIP2("application/x-bzip2", "bzip2-compressed data",
      "BZh1", "BZh2", "BZh3", "BZh4", "BZh5", "BZh6", "BZh7", "BZh8", "BZh9"),
  XZ("application/x-xz", "xz-compressed data", "\u00fd7zXZ\u0000"),
  ZSTD("application/zstd", "zstd-compressed data", "\u0028\u00b5\u002f\u00fd"),
  LZ4("application/x-lz4", "lz4-compressed data", "\u0004\"M\u0018"),
  TAR("application/x-tar", "a tar archive", 257, "ustar\u0000", "ustar  \u0000"),
  PDF("application/pdf", "a PDF document", "%PDF-"),
  OLE2("application/x-tika-msoffice", "an OLE2 document: .xls, .doc, .ppt, .msg",
      "\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1"),
  SQLITE("application/x-sqlite3", "an SQLite database", "SQLite format 3\u0000"),
  HDF5("application/x-hdf", "an HDF5 file: .h5, .hdf5, Keras models", "\u0089HDF\r\n\u001a\n"),
  AVRO("application/avro", "an Apache Avro container file", "Obj\u0001"),
  ARROW("application/vnd.apache.arrow.file", "an Apache Arrow file: .arrow, Feather v2", "ARROW1\u0000\u0000"),
  NUMPY("application/x-npy", "a NumPy array: .npy", "\u0093NUMPY"),
  /**
   * An 8-byte little-endian header length, then the JSON header. Checked before {@link #PICKLE}:
   * a header length can start with the bytes of a pickle protocol marker.
   */
  SAFETENSORS("application/x-safetensors", "a safetensors model file", 5, "\u0000\u0000\u0000{"),
  PICKLE("application/x-python-pickle", "a Python pickle: .pkl, legacy PyTorch .bin",
      "\u0080\u0002", "\u0080\u0003", "\u0080\u0004", "\u0080\u0005"),
  /** The magic, then a 32-bit little-endian version (1 to 3 so far). */
  GGUF("application/x-gguf", "a GGUF model file", "GGUF", 5, "\u0000\u0000\u0000"),
  PNG("image/png", "a PNG image", "\u0089PNG\r\n\u001a\n"),
  JPEG("image/jpeg", "a JPEG image", "\u00ff\u00d8\u00ff"),
  GIF("image/gif", "a GIF image", "GIF87a", "GIF89a"),
  ELF("application/x-elf", "an ELF executable or library", "\u007fELF"),
  WASM("application/wasm", "a WebAssembly module", "\u0000asm");

  private final String mediaType;
  private final String description;
  private final int offset;
  private final byte[][] alternatives;
  private final int secondOffset;
  private final byte[] second;

  KnownFormat(String mediaType, String description, String... alternatives) {
    this(mediaType, description, 0, alternatives);
  }

  KnownFormat(String mediaType, String description, int offset, String... alternatives) {
    this.mediaType = mediaType;
    this.description = description;
    this.offset = offset;
    this.alternatives = new byte[alternatives.length][];
    for (int i = 0; i < alternatives.length; i++) {
      this.alternatives[i] = alternatives[i].getBytes(StandardCharsets.ISO_8859_1);
    }
    this.secondOffset = 0;
    this.second = null;
  }

  KnownFormat(String mediaType, String description, String magic, int secondOffset, String second) {
    this.mediaType = mediaType;
    this.description = description;
    this.offset = 0;
    this.alternatives = new byte[][] {magic.getBytes(StandardCharsets.ISO_8859_1)};
    this.secondOffset = secondOffset;
    this.second = second.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** The media type, for example {@code application/zip}. */
  String mediaType() {
    return mediaType;
  }

  /** What the format is, for a person: "a zip archive: .zip, .xlsx...". */
  String description() {
    return description;
  }

  /** The format whose signature the head starts with, or {@code null}. */
  static KnownFormat of(byte[] head) {
    for (KnownFormat f : VALUES) {
      if (f.matches(head)) {
        return f;
      }
    }
    return null;
  }

  /** Whether a media type (without parameters) is one of these formats' types. */
  static boolean isKnownType(String mediaType) {
    for (KnownFormat f : VALUES) {
      if (f.mediaType.equals(mediaType)) {
        return true;
      }
    }
    return false;
  }

  private static final KnownFormat[] VALUES = values();

  private boolean matches(byte[] head) {
    if (second != null && !at(head, secondOffset, second)) {
      return false;
    }
    for (byte[] magic : alternatives) {
      if (at(head, offset, magic)) {
        return true;
      }
    }
    return false;
  }

  private static boolean at(byte[] head, int offset, byte[] magic) {
    if (head.length < offset + magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (head[offset + i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
