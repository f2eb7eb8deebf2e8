package io.datasieve.internal;

import io.datasieve.EvidencePolicy;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The engine's configuration, validated by {@link io.datasieve.Scanner.Builder}, which documents
 * each value. Internal: users see the same values as {@link io.datasieve.Scanner.Settings}; the
 * engine depends on this record only, so that it does not depend on the class that builds it.
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
