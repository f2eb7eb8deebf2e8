package io.datasieve.internal;

import io.datasieve.Issue;
import java.util.ArrayList;
import java.util.List;

/** Issues of one resource, bounded: past the limit they are counted, never dropped silently. */
final class IssueLog {
  private final int max;
  private final List<Issue> issues = new ArrayList<>();
  private long suppressedErrors;
  private long suppressedWarnings;
  private boolean anyError;

  IssueLog(int max) {
    this.max = max;
  }

  synchronized void add(Issue issue) {
    if (issue.severity() == Issue.Level.ERROR) {
      anyError = true;
    }
    if (issues.size() < max) {
      issues.add(issue);
    } else if (issue.severity() == Issue.Level.ERROR) {
      suppressedErrors++;
    } else {
      suppressedWarnings++;
    }
  }

  synchronized boolean anyError() {
    return anyError;
  }

  synchronized List<Issue> toList() {
    List<Issue> out = new ArrayList<>(issues);
    long suppressed = suppressedErrors + suppressedWarnings;
    if (suppressed > 0) {
      out.add(
          new Issue(
              suppressedErrors > 0 ? Issue.Level.ERROR : Issue.Level.WARNING,
              suppressed + " more issues not listed (" + suppressedErrors + " errors, "
                  + suppressedWarnings + " warnings); the issue limit is " + max,
              null,
              null));
    }
    return out;
  }
}
