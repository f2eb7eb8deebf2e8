package io.datasieve.internal;

import io.datasieve.Issue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Issues of one resource, bounded and in a deterministic order. Kept are the first {@code max}
 * issues by (record, line, severity, message), resource-wide issues (no record) last; the rest are
 * counted, never dropped silently. Being a selection by a total order, the result is the same
 * whichever thread or part reported first.
 */
final class IssueLog {
  static final Comparator<Issue> ORDER =
      Comparator.comparing(Issue::record, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Issue::line, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Issue::severity)
          .thenComparing(Issue::message);

  private final int max;
  private List<Issue> issues = new ArrayList<>();
  private long droppedErrors;
  private long droppedWarnings;
  private boolean anyError;

  IssueLog(int max) {
    this.max = max;
  }

  synchronized void add(Issue issue) {
    if (issue.severity() == Issue.Level.ERROR) {
      anyError = true;
    }
    issues.add(issue);
    if (issues.size() >= 2 * max + 16) {
      trim();
    }
  }

  private void trim() {
    issues.sort(ORDER);
    if (issues.size() > max) {
      for (Issue dropped : issues.subList(max, issues.size())) {
        if (dropped.severity() == Issue.Level.ERROR) {
          droppedErrors++;
        } else {
          droppedWarnings++;
        }
      }
      issues = new ArrayList<>(issues.subList(0, max));
    }
  }

  synchronized boolean anyError() {
    return anyError;
  }

  synchronized List<Issue> toList() {
    trim();
    List<Issue> out = new ArrayList<>(issues);
    long dropped = droppedErrors + droppedWarnings;
    if (dropped > 0) {
      out.add(
          new Issue(
              droppedErrors > 0 ? Issue.Level.ERROR : Issue.Level.WARNING,
              dropped + " more issues not listed (" + droppedErrors + " errors, "
                  + droppedWarnings + " warnings); the issue limit is " + max,
              null,
              null));
    }
    return out;
  }
}
