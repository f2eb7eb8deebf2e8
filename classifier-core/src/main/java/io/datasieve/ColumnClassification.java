package io.datasieve;

import java.util.List;
import java.util.Objects;

/**
 * What a column (a CSV column, or a JSON path with array indices generalised to {@code [*]})
 * holds: the info types that at least half of its scanned values matched with confidence.
 *
 * @param field the column: a CSV header or a path such as {@code $.messages[*].content}
 * @param infoTypes the dominant info type ids, sorted
 * @param matchedRatio share of the column's scanned values that matched the dominant type, counting
 *     values whose match alone was too weak to report (they are reported once the column is
 *     classified); with several dominant types, the highest share
 * @param values non-empty values scanned in the column
 */
public record ColumnClassification(String field, List<String> infoTypes, double matchedRatio, long values) {
  /** Copies the list so the record is immutable. */
  public ColumnClassification {
    Objects.requireNonNull(field, "field");
    infoTypes = List.copyOf(infoTypes);
  }
}
