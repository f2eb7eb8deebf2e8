package io.datasieve.internal;

/**
 * Weak matches of one detector and info type in one column, kept aside in case the column turns
 * out to hold the type (then they are promoted to the {@link #finding()}).
 */
record WeakKey(String detectorId, String infoTypeId, String column) {
  FindingKey finding() {
    return new FindingKey(detectorId, infoTypeId);
  }
}
