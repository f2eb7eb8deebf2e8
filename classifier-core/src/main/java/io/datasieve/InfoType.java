package io.datasieve;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of sensitive data that detectors report, such as {@code US_SSN}.
 *
 * @param id stable identifier used in reports ({@code "US_SSN"})
 * @param category broad class ({@code "PII"}, {@code "SECRET"})
 * @param label human-readable name, by convention {@code category/Name}
 * @param severity how harmful an exposure is
 */
public record InfoType(String id, String category, String label, Severity severity) {
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /** Validates every component. */
  public InfoType {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(severity, "severity");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("info type id must match " + ID + ", got '" + id + "'");
    }
    if (!ID.matcher(category).matches()) {
      throw new IllegalArgumentException(
          "info type category must match " + ID + ", got '" + category + "'");
    }
    if (label.isBlank()) {
      throw new IllegalArgumentException("info type label is blank for " + id);
    }
  }
}
