package io.datasieve;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The effective configuration of a {@link Scanner}, as its builder validated and set it: what the
 * engine runs with. Immutable.
 *
 * @param minConfidence matches below this confidence are dropped
 * @param maxOccurrences occurrences kept per finding; {@code Integer.MAX_VALUE} keeps all
 * @param evidence what reports show of matched values
 * @param threads detection threads of the scanner, shared by its scans; also the number of
 *     resources one scan reads at once
 * @param maxFieldLength chars of one value handed to detectors; the rest is not scanned (a
 *     warning says so)
 * @param maxRecordLength largest record or line a reader buffers before giving up on it
 * @param maxRecords records scanned per resource; more are not read (the resource is partial)
 * @param sampleFraction share of records scanned, chosen by a hash of the record index, 0..1
 * @param maxIssues issues kept per resource; further ones are counted in a last issue
 * @param splitSize local uncompressed files at least this large are read in parts, in parallel,
 *     when their format supports it and {@code threads > 1}
 * @param columnThreshold share of a column's values that must match a type confidently for the
 *     column to be classified as holding it
 * @param allowValues matched values that are never reported (exact, case-sensitive)
 * @param allowPatterns re2j patterns; a matched value that fully matches one is never reported
 * @param readerOptions options of the readers, such as {@code csv.header -> no}
 */
public record ScanSettings(
    double minConfidence,
    int maxOccurrences,
    EvidencePolicy evidence,
    int threads,
    int maxFieldLength,
    int maxRecordLength,
    long maxRecords,
    double sampleFraction,
    int maxIssues,
    long splitSize,
    double columnThreshold,
    Set<String> allowValues,
    List<String> allowPatterns,
    Map<String, String> readerOptions) {

  /** Copies the collections so the record is immutable. */
  public ScanSettings {
    allowValues = Set.copyOf(allowValues);
    allowPatterns = List.copyOf(allowPatterns);
    readerOptions = Map.copyOf(readerOptions);
  }
}
