package io.datasieve.internal;

import io.datasieve.DataFormat;
import io.datasieve.DatasetResource;
import io.datasieve.Issue;
import io.datasieve.ResourceReport;
import io.datasieve.ResourceStats;
import io.datasieve.ResourceStatus;
import io.datasieve.ScanListener;
import io.datasieve.spi.ContentSample;
import io.datasieve.spi.FieldPath;
import io.datasieve.spi.RecordSource;
import io.datasieve.spi.RecordSourceProvider;
import io.datasieve.spi.SourceContext;
import io.datasieve.spi.Split;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.zip.GZIPInputStream;

/** The scan of one resource: resolve the reader, confirm the content, read, detect, report. */
final class ResourceScan implements SourceContext {
  static final int HEAD_BYTES = 8192;
  /** Distinct field paths interned per resource; past this, paths are created per value. */
  private static final int MAX_INTERNED_PATHS = 100_000;

  private final ScanEngine engine;
  private final ScanSettings settings;
  private final DatasetResource resource;
  private final ScanListener listener;
  private final boolean parallel;
  private final TaskDispatcher dispatcher;
  private final IssueLog issues;
  private final Map<String, FieldPath> paths = new ConcurrentHashMap<>();
  private final ResourceResults results;

  private InputStream content;
  private InputStream rawBuffered;
  private boolean contentTaken;
  private boolean splitRead;
  private CountingInputStream rawCounter;
  private final AtomicLong fields = new AtomicLong();

  ResourceScan(ScanEngine engine, DatasetResource resource, ScanListener listener, Executor workers) {
    this.engine = engine;
    this.settings = engine.settings();
    this.resource = resource;
    this.listener = listener;
    this.parallel = workers != null;
    this.dispatcher = new TaskDispatcher(workers);
    this.issues = new IssueLog(settings.maxIssues());
    this.results = new ResourceResults(settings.columnThreshold(), settings.minConfidence());
  }

  ResourceReport run() {
    long started = System.nanoTime();
    String name = resource.fileName().toLowerCase(Locale.ROOT);
    boolean gzName = name.endsWith(".gz");
    String base = gzName ? name.substring(0, name.length() - 3) : name;
    RecordSourceProvider provider;
    if (resource.format().isPresent()) {
      provider = engine.providerFor(resource.format().get());
      if (provider == null) {
        return finish(started, null, ResourceStatus.SKIPPED, 0,
            "no reader for format " + resource.format().get() + " (known: " + engine.formats() + ")");
      }
    } else {
      int dot = base.lastIndexOf('.');
      String ext = dot >= 0 ? base.substring(dot + 1) : "";
      provider = engine.providerForExtension(ext);
      if (provider == null) {
        String why = ext.equals("parquet") || ext.equals("parq")
            ? "Parquet support is not on the class path (add io.datasieve:parquet)"
            : "unsupported file type" + (ext.isEmpty() ? "" : " '." + ext + "'")
                + "; readable formats: " + engine.formats();
        return finish(started, null, ResourceStatus.SKIPPED, 0, why);
      }
    }
    DataFormat format = provider.format();
    ContentSample sample;
    boolean gzip;
    try {
      sample = openContent(gzName);
      gzip = content != rawBuffered;
    } catch (IOException | RuntimeException e) {
      closeContent();
      return finish(started, format, ResourceStatus.FAILED, 0, "cannot read: " + describe(e));
    }
    String rejected = provider.rejectContent(sample);
    if (rejected != null) {
      closeContent();
      return finish(started, format, ResourceStatus.FAILED, 0,
          "content does not match format " + format + ": " + rejected);
    }
    List<? extends Split> parts = List.of();
    if (splittable(gzip)) {
      try {
        Path file = resource.localPath().orElseThrow();
        long size = Files.size(file);
        // Enough parts to keep every thread busy, none smaller than a quarter of the split size.
        parts = provider.split(this, file, Math.max(settings.splitSize() / 4, size / (4L * settings.threads())));
      } catch (IOException | RuntimeException e) {
        parts = List.of(); // fall back to one sequential read, which reports the problem if real
      }
    }
    Reading total = new Reading();
    if (parts.size() > 1) {
      closeContent(); // the parts open the file themselves
      readParts(provider, parts, total);
    } else {
      readWhole(provider, total);
    }
    dispatcher.awaitAll();
    ResourceStatus status;
    if (total.fatal) {
      status = total.records == 0 && fields.get() == 0 ? ResourceStatus.FAILED : ResourceStatus.PARTIAL;
    } else if (total.stoppedEarly || issues.anyError()) {
      status = ResourceStatus.PARTIAL;
    } else {
      status = ResourceStatus.COMPLETE;
    }
    return finish(started, format, status, total.records, null);
  }

  /** Counters of one read (the whole resource, or one part). */
  private static final class Reading {
    long records;
    boolean stoppedEarly;
    boolean fatal;

    synchronized void add(Reading part) {
      records += part.records;
      stoppedEarly |= part.stoppedEarly;
      fatal |= part.fatal;
    }
  }

  /** Parts only pay off with several threads, on a large local plain file, reading everything. */
  private boolean splittable(boolean gzip) {
    return parallel
        && !gzip
        && settings.maxRecords() == Long.MAX_VALUE
        && resource.localPath().isPresent()
        && sizeAtLeast(settings.splitSize());
  }

  private boolean sizeAtLeast(long bytes) {
    try {
      return Files.size(resource.localPath().get()) >= bytes;
    } catch (IOException e) {
      return false;
    }
  }

  private void readWhole(RecordSourceProvider provider, Reading total) {
    RecordSource source = null;
    try {
      source = provider.open(this);
      read(source, total);
    } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
      fatal(e, source, total);
    } finally {
      closeQuietly(source);
      closeContent();
    }
  }

  /** Reads the parts on the worker pool; batches they produce go to the same pool. */
  private void readParts(RecordSourceProvider provider, List<? extends Split> parts, Reading total) {
    splitRead = true;
    for (Split part : parts) {
      dispatcher.dispatch(() -> {
        Reading reading = new Reading();
        RecordSource source = null;
        try {
          source = provider.open(this, part);
          read(source, reading);
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
          fatal(e, source, reading);
        } finally {
          closeQuietly(source);
          total.add(reading);
        }
      });
    }
  }

  private void fatal(Throwable e, RecordSource source, Reading reading) {
    reading.fatal = true;
    Long record = source == null ? null : safeIndex(source);
    if (record != null && record < 0) {
      record = null; // failed before the first record
    }
    Long line = source == null ? null : lineOrNull(safeLine(source));
    issues.add(new Issue(Issue.Level.ERROR,
        (reading.records == 0 ? "cannot read: " : "reading stopped: ") + describe(e), record, line));
  }

  /** The reading loop: sampling, limits, batching. Values read before a failure are still scanned. */
  private void read(RecordSource source, Reading reading) throws IOException {
    Batch batch = new Batch();
    double fraction = settings.sampleFraction();
    try {
      while (source.next()) {
        if (reading.records == settings.maxRecords()) {
          reading.stoppedEarly = true;
          issues.add(new Issue(Issue.Level.WARNING,
              "stopped at the record limit of " + settings.maxRecords()
                  + "; the rest of the resource was not scanned",
              source.recordIndex(), lineOrNull(source.line())));
          break;
        }
        reading.records++;
        long index = source.recordIndex();
        if (fraction < 1.0 && !sampled(index, fraction)) {
          continue;
        }
        int n = source.fieldCount();
        for (int i = 0; i < n; i++) {
          String v = source.value(i);
          if (v == null || v.isEmpty()) {
            continue;
          }
          FieldPath f = source.field(i);
          if (v.length() > settings.maxFieldLength()) {
            issues.add(new Issue(Issue.Level.WARNING,
                "value of field '" + f.path() + "' has " + v.length() + " chars; only the first "
                    + settings.maxFieldLength() + " were scanned",
                index, lineOrNull(source.line())));
            v = v.substring(0, settings.maxFieldLength());
          }
          batch.add(index, i, f, v);
          if (batch.isFull()) {
            fields.addAndGet(batch.size);
            Batch full = batch;
            dispatcher.dispatch(() -> results.merge(newDetection().run(full)));
            batch = new Batch();
          }
        }
      }
    } finally {
      if (batch.size > 0) {
        fields.addAndGet(batch.size);
        Batch last = batch;
        dispatcher.dispatch(() -> results.merge(newDetection().run(last)));
      }
    }
  }

  private ResourceReport finish(long started, DataFormat format, ResourceStatus status, long records, String why) {
    if (why != null) {
      // Skipping is deliberate (a warning); failing to read is not (an error).
      issues.add(status == ResourceStatus.SKIPPED ? Issue.warning(why) : Issue.error(why));
    }
    long bytes = rawCounter != null ? rawCounter.count() : 0;
    if (resource.localPath().isPresent() && (!contentTaken || splitRead) && status != ResourceStatus.SKIPPED) {
      // Random-access readers (Parquet) do not read through the stream: report the file size.
      try {
        bytes = Files.size(resource.localPath().get());
      } catch (IOException e) {
        // keep the streamed count
      }
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    ResourceResults.Outcome outcome = results.finish();
    return new ResourceReport(resource, format, status, issues.toList(),
        new ResourceStats(records, fields.get(), bytes, millis), outcome.findings(), outcome.columns());
  }

  private BatchDetection newDetection() {
    return new BatchDetection(resource, engine.detectors(), engine.declared(), settings.minConfidence(),
        settings.maxOccurrences(), engine.evidence(), engine.allowList(), listener, issues);
  }

  /** Deterministic per-record sampling: a hash of the index, not a random draw. */
  static boolean sampled(long index, double fraction) {
    long z = index + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    return (z >>> 11) * 0x1.0p-53 < fraction;
  }

  private ContentSample openContent(boolean gzName) throws IOException {
    rawCounter = new CountingInputStream(resource.open());
    BufferedInputStream in = new BufferedInputStream(rawCounter, 1 << 16);
    content = in;
    rawBuffered = in;
    in.mark(4);
    int b0 = in.read();
    int b1 = in.read();
    in.reset();
    boolean gzip = b0 == 0x1f && b1 == 0x8b;
    if (gzName && !gzip && b0 >= 0) {
      throw new IOException("the name ends in .gz but the content is not gzip data");
    }
    if (gzip) {
      content = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
    }
    content.mark(HEAD_BYTES);
    byte[] head = content.readNBytes(HEAD_BYTES);
    content.reset();
    return ContentSniffer.sample(head);
  }

  private void closeContent() {
    closeQuietly(content);
  }

  private static void closeQuietly(java.io.Closeable c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (IOException | RuntimeException e) {
      // Nothing more to read from it; the scan result stands.
    }
  }

  static String describe(Throwable e) {
    if (e instanceof UncheckedIOException u && u.getCause() != null) {
      e = u.getCause();
    }
    if (e instanceof OutOfMemoryError) {
      return "out of memory (raise -Xmx or lower the record length limit)";
    }
    if (e instanceof StackOverflowError) {
      return "structure nested too deeply";
    }
    String m = e.getMessage();
    String type = e.getClass().getSimpleName();
    if (m == null || m.isBlank()) {
      return type;
    }
    return e instanceof java.io.EOFException || e instanceof java.util.zip.ZipException
        ? type + ": " + m + " (truncated or corrupt file?)"
        : m;
  }

  private static Long lineOrNull(long line) {
    return line > 0 ? line : null;
  }

  private static Long safeIndex(RecordSource s) {
    try {
      return s.recordIndex();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static long safeLine(RecordSource s) {
    try {
      return s.line();
    } catch (RuntimeException e) {
      return -1;
    }
  }

  // SourceContext

  @Override
  public DatasetResource resource() {
    return resource;
  }

  @Override
  public InputStream openStream() {
    if (contentTaken) {
      throw new IllegalStateException("openStream() may be called once per resource");
    }
    contentTaken = true;
    return content;
  }

  @Override
  public String option(String key) {
    return settings.readerOptions().get(key);
  }

  @Override
  public int maxRecordLength() {
    return settings.maxRecordLength();
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
        paths.put(path, p);
      }
    }
    return p;
  }
}
