package io.datasieve.internal;

/** What a finding is of: one detector's matches of one info type, across a resource. */
record FindingKey(String detectorId, String infoTypeId) {}
