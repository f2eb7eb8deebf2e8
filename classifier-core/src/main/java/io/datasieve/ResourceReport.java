package io.datasieve;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of scanning one dataset resource.
 *
 * @param resource what was scanned
 * @param format the format it was read as ({@code null} if it could not be determined)
 * @param status how completely it was scanned
 * @param issues problems met, in the order they were met
 * @param stats counters
 * @param findings findings sorted by info type id, then detector id
 * @param columns the columns that mostly hold one kind of sensitive data, sorted by field
 */
public record ResourceReport(
    DatasetResource resource,
    DataFormat format,
    ResourceStatus status,
    List<Issue> issues,
    ResourceStats stats,
    List<Finding> findings,
    List<ColumnClassification> columns) {

  /** Copies the lists so the record is immutable. */
  public ResourceReport {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(stats, "stats");
    issues = List.copyOf(issues);
    findings = List.copyOf(findings);
    columns = List.copyOf(columns);
  }
}
