package io.datasieve.internal;

import io.datasieve.DatasetResource;
import io.datasieve.Issue;
import io.datasieve.spi.FieldPath;
import io.datasieve.spi.SourceContext;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the readers of one resource get from the engine: its content stream (once), reader
 * options, the record length limit, the resource's issue log and interned field paths.
 * Thread-safe, as the parts of a split resource use it at once.
 */
final class ResourceSourceContext implements SourceContext {
  /** Distinct field paths interned per resource; past this, paths are created per value. */
  static final int MAX_INTERNED_PATHS = 100_000;

  private final DatasetResource resource;
  private final Map<String, String> options;
  private final int maxRecordLength;
  private final IssueLog issues;
  private final Map<String, FieldPath> paths = new ConcurrentHashMap<>();
  private final AtomicBoolean streamTaken = new AtomicBoolean();
  private volatile InputStream content;

  ResourceSourceContext(DatasetResource resource, Map<String, String> options, int maxRecordLength, IssueLog issues) {
    this.resource = resource;
    this.options = options;
    this.maxRecordLength = maxRecordLength;
    this.issues = issues;
  }

  /** Sets what {@link #openStream()} returns: the resource's content, opened by the engine. */
  void offer(InputStream content) {
    this.content = content;
  }

  /** Whether a reader took the content stream (a random-access reader does not). */
  boolean streamTaken() {
    return streamTaken.get();
  }

  @Override
  public DatasetResource resource() {
    return resource;
  }

  @Override
  public InputStream openStream() {
    if (streamTaken.getAndSet(true)) {
      throw new IllegalStateException("openStream() may be called once per resource");
    }
    return content;
  }

  @Override
  public String option(String key) {
    return options.get(key);
  }

  @Override
  public int maxRecordLength() {
    return maxRecordLength;
  }

  @Override
  public void report(Issue issue) {
    issues.add(issue);
  }

  @Override
  public FieldPath fieldPath(String path) {
    FieldPath p = paths.get(path);
    if (p == null) {
      p = FieldPath.of(path);
      if (paths.size() < MAX_INTERNED_PATHS) {
        FieldPath first = paths.putIfAbsent(path, p); // parts may race: one instance still wins
        if (first != null) {
          p = first;
        }
      }
    }
    return p;
  }
}
