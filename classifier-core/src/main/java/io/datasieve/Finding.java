package io.datasieve;

import java.util.List;
import java.util.Objects;

/**
 * All matches of one info type by one detector in one resource.
 *
 * @param infoType what was found
 * @param detector id of the detector that found it
 * @param confidence highest confidence among the matches, 0..1
 * @param explanation the reasons for that confidence: the explanation of the most confident match
 *     (of those, the first in alphabetical order), or {@code null} if the detector gives none
 * @param count number of matches
 * @param fields match counts per field, in order of first appearance in the resource; at most
 *     1000 fields, the first to match
 * @param fieldsTruncated whether more fields matched than {@code fields} lists (their matches are
 *     in {@code count} but not in {@code fields})
 * @param occurrences the first matches in (record, field position, start) order, bounded by the
 *     scanner's occurrence limit
 * @param occurrencesTruncated whether {@code occurrences} holds fewer than {@code count} matches
 */
public record Finding(
    InfoType infoType,
    String detector,
    double confidence,
    String explanation,
    long count,
    List<FieldCount> fields,
    boolean fieldsTruncated,
    List<Occurrence> occurrences,
    boolean occurrencesTruncated) {

  /** Copies the lists so the record is immutable. */
  public Finding {
    Objects.requireNonNull(infoType, "infoType");
    Objects.requireNonNull(detector, "detector");
    fields = List.copyOf(fields);
    occurrences = List.copyOf(occurrences);
  }

  /** The severity of the info type. */
  public Severity severity() {
    return infoType.severity();
  }
}
