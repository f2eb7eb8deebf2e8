package io.datasieve;

/** What a report shows of each matched value. Only {@link #RAW} ever exposes the value itself. */
public enum EvidencePolicy {
  /** Letters and digits replaced by {@code *}, keeping the last four of long values ({@code ***-**-6789}). */
  MASKED,
  /**
   * A keyed hash ({@code hmac-sha256:} and 16 hex digits) so equal values can be correlated without
   * being stored. The key is random per {@link Scanner} unless one is given to the builder.
   */
  HASH,
  /** No evidence at all. */
  NONE,
  /** The matched value itself. Only when the user explicitly asks for it. */
  RAW
}
