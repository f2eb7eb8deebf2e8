package io.datasieve;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The format of a dataset resource, such as {@link #CSV}. Formats are an open set: a
 * {@link io.datasieve.spi.RecordSourceProvider} in another jar can add one.
 *
 * @param name upper-case identifier used in reports, for example {@code "PARQUET"}
 */
public record DataFormat(String name) {
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

  /** Comma-, semicolon-, tab- or pipe-separated values. */
  public static final DataFormat CSV = new DataFormat("CSV");
  /** A JSON document: a top-level array of records, or one object. */
  public static final DataFormat JSON = new DataFormat("JSON");
  /** JSON Lines: one JSON value per line. */
  public static final DataFormat JSONL = new DataFormat("JSONL");
  /** Apache Parquet (needs the {@code io.datasieve:parquet} module). */
  public static final DataFormat PARQUET = new DataFormat("PARQUET");

  /** Validates the name. */
  public DataFormat {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "format name must be upper-case letters, digits or '_' (at most 32), got '" + name + "'");
    }
  }

  /** Returns the format with this name, ignoring case ({@code "csv"} gives {@link #CSV}). */
  public static DataFormat of(String name) {
    return new DataFormat(Objects.requireNonNull(name, "name").trim().toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return name;
  }
}
