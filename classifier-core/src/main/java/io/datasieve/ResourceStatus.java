package io.datasieve;

/** How completely a resource was scanned. */
public enum ResourceStatus {
  /** Every record was scanned (warnings may still have been reported). */
  COMPLETE,
  /** Some records were scanned, some were not; the issues say which and why. */
  PARTIAL,
  /** Nothing could be scanned; the issues give the reason. */
  FAILED,
  /** Not scanned on purpose, for example an unsupported format; the issues give the reason. */
  SKIPPED
}
