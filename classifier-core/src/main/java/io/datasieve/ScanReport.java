package io.datasieve;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of a scan over one or more resources, in the order the resources were given.
 *
 * @param toolVersion datasieve version that produced the report
 * @param resources one report per resource
 */
public record ScanReport(String toolVersion, List<ResourceReport> resources) {

  /** Copies the list so the record is immutable. */
  public ScanReport {
    resources = List.copyOf(resources);
  }

  /** Number of findings over all resources. */
  public long findingCount() {
    return resources.stream().mapToLong(r -> r.findings().size()).sum();
  }

  /** Total match count per info type id, sorted by id. */
  public Map<String, Long> countsByInfoType() {
    Map<String, Long> counts = new TreeMap<>();
    for (ResourceReport r : resources) {
      for (Finding f : r.findings()) {
        counts.merge(f.infoType().id(), f.count(), Long::sum);
      }
    }
    return counts;
  }

  /** Whether any resource failed outright. */
  public boolean hasFailures() {
    return resources.stream().anyMatch(r -> r.status() == ResourceStatus.FAILED);
  }
}
