package io.datasieve;

/**
 * Counters for one scanned resource.
 *
 * @param records records read (including those skipped by sampling)
 * @param fields field values handed to detectors
 * @param bytes bytes read from the resource (compressed size for compressed files)
 * @param durationMillis wall-clock time spent on the resource
 */
public record ResourceStats(long records, long fields, long bytes, long durationMillis) {}
