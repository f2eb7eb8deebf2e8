package io.datasieve.internal;

import io.datasieve.ScanSettings;
import io.datasieve.DataFormat;
import io.datasieve.DatasetResource;
import io.datasieve.Issue;
import io.datasieve.ResourceReport;
import io.datasieve.ResourceStats;
import io.datasieve.ResourceStatus;
import io.datasieve.ScanListener;
import io.datasieve.spi.ContentSample;
import io.datasieve.spi.RecordSourceProvider;
import io.datasieve.spi.Split;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;

/**
 * The scan of one resource, start to report: resolve its reader ({@link ResourceResolver}), open and
 * check its content ({@link ResourceContent}), plan parts, read ({@link SourceReader}) with
 * batches and parts run by a {@link TaskDispatcher}, merge batch results ({@link ResourceResults}),
 * and report. Each part has one job; this class only puts them in order.
 */
final class ResourceScan {
  private final ScanEngine engine;
  private final ScanSettings settings;
  private final DatasetResource resource;
  /** The scan's listener if it takes occurrences, else {@link ScanListener#none()}: what batches stream to. */
  private final ScanListener occurrences;
  private final boolean parallel;
  private final IssueLog issues;
  private final ResourceSourceContext context;
  private final ResourceContent content;
  private final TaskDispatcher dispatcher;
  private final ResourceResults results;
  private final SourceReader reader;
  private boolean readInParts;

  /** @param workers the detection pool, or {@code null} to do everything in the calling thread */
  ResourceScan(ScanEngine engine, DatasetResource resource, ScanListener listener, Executor workers) {
    this.engine = engine;
    this.settings = engine.settings();
    this.resource = resource;
    this.occurrences = listener.wantsOccurrences() ? listener : ScanListener.none();
    this.parallel = workers != null;
    this.issues = new IssueLog(settings.maxIssues());
    this.context = new ResourceSourceContext(resource, settings.readerOptions(), settings.maxRecordLength(), issues);
    this.content = new ResourceContent(resource);
    this.dispatcher = new TaskDispatcher(workers);
    this.results = new ResourceResults(settings.columnThreshold(), settings.minConfidence());
    this.reader = new SourceReader(settings, issues,
        batch -> dispatcher.dispatch(() -> results.merge(newDetection().run(batch))));
  }

  ResourceReport run() {
    long started = System.nanoTime();
    ResourceResolver.Resolution resolution = engine.resolver().resolve(resource);
    RecordSourceProvider provider = resolution.provider();
    if (provider == null) {
      return finish(started, null, ResourceStatus.SKIPPED, 0, resolution.skipReason());
    }
    DataFormat format = provider.format();
    ContentSample sample;
    try {
      sample = content.open(resolution.gzipName());
    } catch (IOException | RuntimeException e) {
      content.close();
      return finish(started, format, ResourceStatus.FAILED, 0, "cannot read: " + SourceReader.describe(e));
    }
    context.offer(content.stream());
    String rejected = provider.rejectContent(sample);
    if (rejected != null) {
      content.close();
      return finish(started, format, ResourceStatus.FAILED, 0,
          "content does not match format " + format + ": " + rejected);
    }
    SourceReader.Reading total = new SourceReader.Reading();
    if (!readInParts(provider, total)) {
      try {
        total.add(reader.read(() -> provider.open(context)));
      } finally {
        content.close();
      }
    }
    dispatcher.awaitAll();
    ResourceStatus status;
    if (total.fatal()) {
      status = total.records() == 0 && reader.fields() == 0 ? ResourceStatus.FAILED : ResourceStatus.PARTIAL;
    } else if (total.stoppedEarly() || issues.anyError()) {
      status = ResourceStatus.PARTIAL;
    } else {
      status = ResourceStatus.COMPLETE;
    }
    return finish(started, format, status, total.records(), null);
  }

  /**
   * Reads the resource in parts, in parallel, when that pays off: with several threads, on a large
   * local plain file, reading everything. Each part is dispatched as soon as the provider has found
   * it, so the first parts are read while the rest of the file is still being divided; the first is
   * held until a second shows that the file divides at all.
   *
   * @return false when the resource was not divided and nothing was read
   */
  private boolean readInParts(RecordSourceProvider provider, SourceReader.Reading total) {
    if (!parallel || content.gzip() || settings.maxRecords() != Long.MAX_VALUE || resource.localPath().isEmpty()) {
      return false;
    }
    Path file = resource.localPath().get();
    Split[] held = {null};
    try {
      long size = Files.size(file);
      if (size < settings.splitSize()) {
        return false;
      }
      // Enough parts to keep every thread busy, none smaller than a quarter of the split size.
      long target = Math.max(settings.splitSize() / 4, size / (4L * settings.threads()));
      provider.split(context, file, target, part -> {
        if (!readInParts && held[0] == null) {
          held[0] = part;
          return;
        }
        if (!readInParts) {
          content.close(); // the parts open the file themselves
          readInParts = true;
          dispatch(provider, held[0], total);
        }
        dispatch(provider, part, total);
      });
    } catch (IOException | RuntimeException e) {
      if (!readInParts) {
        return false; // fall back to one sequential read, which reports the problem if real
      }
      // Some parts are being read; the rest of the file is not.
      total.add(reader.read(() -> {
        throw new IOException("the rest of the file could not be divided into parts: " + SourceReader.describe(e), e);
      }));
    } catch (Error e) {
      if (readInParts) {
        // Parts are being read on the workers: they end before the error leaves this scan.
        try {
          dispatcher.awaitAll();
        } catch (RuntimeException | Error ignored) {
          e.addSuppressed(ignored);
        }
      }
      throw e;
    }
    return readInParts;
  }

  private void dispatch(RecordSourceProvider provider, Split part, SourceReader.Reading total) {
    dispatcher.dispatch(() -> total.add(reader.read(() -> provider.open(context, part))));
  }

  private BatchDetection newDetection() {
    return new BatchDetection(resource, engine.detectors(), engine.gates(), engine.analyzer(), engine.fingerprinting(), engine.declared(), settings.minConfidence(),
        settings.maxOccurrences(), engine.evidence(), engine.allowList(), occurrences, issues, results::frontier);
  }

  private ResourceReport finish(long started, DataFormat format, ResourceStatus status, long records, String why) {
    if (why != null) {
      // Skipping is deliberate (a warning); failing to read is not (an error).
      issues.add(status == ResourceStatus.SKIPPED ? Issue.warning(why) : Issue.error(why));
    }
    long bytes = content.bytesRead();
    if (resource.localPath().isPresent() && (!context.streamTaken() || readInParts) && status != ResourceStatus.SKIPPED) {
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
        new ResourceStats(records, reader.fields(), bytes, millis), outcome.findings(), outcome.columns());
  }
}
