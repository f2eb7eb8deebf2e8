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

  /**
   * Called for each match above the minimum confidence, whether or not the report keeps it, when
   * {@link #wantsOccurrences()} says so.
   */
  default void onOccurrence(DatasetResource resource, InfoType infoType, Occurrence occurrence) {}

  /**
   * Whether this listener takes {@link #onOccurrence} calls; asked once per resource, before it is
   * read. The default is {@code true}. A listener that only follows resources (progress, counts)
   * should answer {@code false}: the scanner then makes an {@link Occurrence}, and renders its
   * evidence, only for the occurrences the report keeps, instead of for every match (on a table
   * where most cells match, that is a tenth of a scan). The report is the same either way.
   */
  default boolean wantsOccurrences() {
    return true;
  }

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

    @Override
    public boolean wantsOccurrences() {
      return false;
    }
  }
}
