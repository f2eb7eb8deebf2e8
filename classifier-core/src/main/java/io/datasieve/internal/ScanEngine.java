package io.datasieve.internal;

import io.datasieve.DataFormat;
import io.datasieve.DatasetResource;
import io.datasieve.InfoType;
import io.datasieve.ResourceReport;
import io.datasieve.ScanListener;
import io.datasieve.spi.Detector;
import io.datasieve.spi.RecordSourceProvider;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs scans. Design: each resource is read sequentially by one reader thread (a pull cursor);
 * its values are copied into {@link Batch}es that a pool of detection workers processes. When the
 * pool's bounded queue is full the reader runs the batch itself, so memory stays bounded and a
 * slow detector slows the reader instead of piling up batches. Up to {@code threads} resources are
 * read at once, so a directory of small files and one huge file both keep the workers busy.
 * Results do not depend on thread count because batch results merge commutatively (see {@link
 * FindingAccumulator}).
 */
public final class ScanEngine {
  private final ScanSettings settings;
  private final List<Detector> detectors;
  private final Map<String, Set<InfoType>> declared = new HashMap<>();
  private final ResourceResolver resolver;
  private final Evidence evidence;
  private final AllowList allowList;

  /** Creates an engine; called by {@link io.datasieve.Scanner.Builder#build()}. */
  public ScanEngine(
      ScanSettings settings, byte[] hashKey, List<Detector> detectors, List<RecordSourceProvider> sources) {
    this.settings = settings;
    this.detectors = List.copyOf(detectors);
    for (Detector d : detectors) {
      declared.put(d.id(), Set.copyOf(d.infoTypes()));
    }
    this.resolver = new ResourceResolver(sources);
    this.evidence = new Evidence(settings.evidence(), hashKey);
    this.allowList = new AllowList(settings.allowValues(), settings.allowPatterns());
  }

  /** The detectors in run order. */
  public List<Detector> detectors() {
    return detectors;
  }

  /** The formats that have a reader. */
  public Set<DataFormat> formats() {
    return resolver.formats();
  }

  /** Scans the resources; reports come back in the given order. */
  public List<ResourceReport> scan(List<DatasetResource> resources, ScanListener listener) {
    if (settings.threads() == 1 || resources.isEmpty()) {
      List<ResourceReport> out = new ArrayList<>(resources.size());
      for (DatasetResource r : resources) {
        out.add(scanOne(r, listener, null));
      }
      return out;
    }
    int threads = settings.threads();
    ThreadPoolExecutor workers =
        new ThreadPoolExecutor(
            threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(threads * 2),
            daemonThreads("datasieve-detect-")); // rejects when full: the dispatcher then runs the task itself
    ExecutorService readers =
        Executors.newFixedThreadPool(Math.min(threads, resources.size()), daemonThreads("datasieve-read-"));
    try {
      List<Future<ResourceReport>> futures = new ArrayList<>(resources.size());
      for (DatasetResource r : resources) {
        futures.add(readers.submit(() -> scanOne(r, listener, workers)));
      }
      List<ResourceReport> out = new ArrayList<>(resources.size());
      for (Future<ResourceReport> f : futures) {
        out.add(await(f));
      }
      return out;
    } finally {
      readers.shutdownNow();
      workers.shutdownNow();
    }
  }

  private static <T> T await(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("scan interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    }
  }

  private ResourceReport scanOne(DatasetResource r, ScanListener listener, ExecutorService workers) {
    listener.onResourceStarted(r);
    ResourceScan scan = new ResourceScan(this, r, listener, workers);
    ResourceReport report = scan.run();
    listener.onResourceCompleted(report);
    return report;
  }

  // Package-private accessors for ResourceScan.

  ScanSettings settings() {
    return settings;
  }

  Evidence evidence() {
    return evidence;
  }

  AllowList allowList() {
    return allowList;
  }

  Map<String, Set<InfoType>> declared() {
    return declared;
  }

  ResourceResolver resolver() {
    return resolver;
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return run -> {
      Thread t = new Thread(run, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
