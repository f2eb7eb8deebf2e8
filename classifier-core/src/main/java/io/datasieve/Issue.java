package io.datasieve;

import java.util.Objects;

/**
 * A problem met while scanning a resource: malformed data, a limit hit, an unreadable file.
 *
 * @param severity {@link Level#ERROR} when data was not scanned, {@link Level#WARNING} otherwise
 * @param message what happened, never containing a raw sensitive value
 * @param record 0-based record index where it happened, or {@code null} if not tied to a record
 * @param line 1-based line number in the file, or {@code null} if unknown or not line-based
 */
public record Issue(Level severity, String message, Long record, Long line) {

  /** Issue levels. */
  public enum Level {
    /** Some data was not scanned. */
    ERROR,
    /** Data was scanned, but something deserves attention. */
    WARNING
  }

  /** Validates the components. */
  public Issue {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  /** An error not tied to a record. */
  public static Issue error(String message) {
    return new Issue(Level.ERROR, message, null, null);
  }

  /** A warning not tied to a record. */
  public static Issue warning(String message) {
    return new Issue(Level.WARNING, message, null, null);
  }
}
