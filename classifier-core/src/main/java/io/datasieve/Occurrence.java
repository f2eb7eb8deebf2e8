package io.datasieve;

/**
 * One match of an info type inside a field value.
 *
 * @param record 0-based record index (CSV data row, JSONL line, Parquet row)
 * @param field CSV column name, or JSON path such as {@code $.messages[2].content}
 * @param start offset of the match in the field value (Java char index, inclusive)
 * @param end offset of the end of the match (exclusive)
 * @param confidence how sure the detector is, 0..1
 * @param evidence the value as the evidence policy allows (masked, hashed, raw), or {@code null}
 * @param explanation the detector's reasons for the confidence, or {@code null}
 * @param fingerprint for secrets (category {@code SECRET}): a keyed hash of the value, equal for
 *     equal secrets within a scanner's key, so a leaked key can be correlated across files without
 *     being stored; {@code null} otherwise
 */
public record Occurrence(
    long record, String field, int start, int end, double confidence, String evidence, String explanation,
    String fingerprint) {}
