package io.datasieve;

/**
 * Receives results while a scan runs, for consumers that stream them instead of waiting for the
 * {@link ScanReport}. Methods may be called from several threads at once and must be thread-safe;
 * the order of {@link #onOccurrence} calls depends on scheduling. Evidence in occurrences follows
 * the scanner's evidence policy. Exceptions thrown by a listener are not caught by the scanner's
 * per-record error handling: they abort the scan.
 */
public interface ScanListener {
  /** Called when the scanner starts reading a resource. */
  default void onResourceStarted(DatasetResource resource) {}

  /** Called for each match above the minimum confidence, whether or not the report keeps it. */
  default void onOccurrence(DatasetResource resource, InfoType infoType, Occurrence occurrence) {}

  /** Called once per resource when its report is final. */
  default void onResourceCompleted(ResourceReport report) {}

  /** The listener that ignores everything (one instance, so the engine can skip work for it). */
  static ScanListener none() {
    return Nobody.INSTANCE;
  }

  /** Holder of {@link #none()}. */
  final class Nobody implements ScanListener {
    static final Nobody INSTANCE = new Nobody();

    private Nobody() {}
  }
}
