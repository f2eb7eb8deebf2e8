package io.datasieve;

/** How much harm the exposure of an info type can cause. */
public enum Severity {
  /** Low impact (for example an IP address). */
  LOW,
  /** Moderate impact (for example an email address). */
  MEDIUM,
  /** High impact (for example a national identifier). */
  HIGH,
  /** Immediate compromise (for example a live cloud credential). */
  CRITICAL
}
