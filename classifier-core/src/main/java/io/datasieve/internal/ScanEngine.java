package io.datasieve.internal;

import io.datasieve.ScanSettings;
import io.datasieve.DataFormat;
import io.datasieve.DatasetResource;
import io.datasieve.InfoType;
import io.datasieve.ResourceReport;
import io.datasieve.ScanListener;
import io.datasieve.spi.Detector;
import io.datasieve.spi.ValueAnalyzer;
import io.datasieve.spi.RecordSourceProvider;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs scans. Design: each resource is read sequentially by one reader thread (a pull cursor);
 * its values are copied into {@link Batch}es that a pool of detection workers processes. When the
 * pool's bounded queue is full the reader runs the batch itself ({@link TaskDispatcher}), so memory
 * stays bounded and a slow detector slows the reader instead of piling up batches. Up to {@code
 * threads} resources are read at once, so a directory of small files and one huge file both keep
 * the workers busy. The pools belong to the engine, not to a scan: consecutive scans reuse their
 * threads, concurrent ones share the workers. Results do not depend on thread count because batch
 * results merge commutatively (see {@link ResourceResults}).
 */
public final class ScanEngine {
  /** Idle worker and reader threads end after this long. */
  private static final long IDLE_SECONDS = 30;

  private final ScanSettings settings;
  private final List<Detector> detectors;
  private final Map<String, Set<InfoType>> declared = new HashMap<>();
  private final ValueAnalyzer analyzer;
  /** Per detector position, the token flags a value needs for the detector to be called (0: none). */
  private final int[] gates;
  /** Per detector id, the info types whose occurrences carry fingerprints. */
  private final Map<String, Set<InfoType>> fingerprinting = new HashMap<>();
  private final ResourceResolver resolver;
  private final Evidence evidence;
  private final AllowList allowList;
  /** Detection workers, shared by every scan of this engine; {@code null} with one thread. */
  private final ThreadPoolExecutor workers;
  /** Threads that read resources, as many at once as scans need; {@code null} with one thread. */
  private final ThreadPoolExecutor readers;

  /** Creates an engine; called by {@link io.datasieve.Scanner.Builder#build()}. */
  public ScanEngine(
      ScanSettings settings, byte[] hashKey, List<Detector> detectors, List<RecordSourceProvider> sources) {
    this.settings = settings;
    this.detectors = List.copyOf(detectors);
    for (Detector d : detectors) {
      declared.put(d.id(), Set.copyOf(d.infoTypes()));
      Set<InfoType> fingerprinted = new java.util.HashSet<>();
      for (InfoType t : d.infoTypes()) {
        if (d.fingerprints(t)) {
          fingerprinted.add(t);
        }
      }
      fingerprinting.put(d.id(), Set.copyOf(fingerprinted));
    }
    this.analyzer = ValueAnalyzer.forDetectors(this.detectors);
    this.gates = new int[this.detectors.size()];
    for (int i = 0; i < gates.length; i++) {
      gates[i] = this.detectors.get(i).needs().onlyWhenAnyToken();
    }
    this.resolver = new ResourceResolver(sources);
    this.evidence = new Evidence(settings.evidence(), hashKey);
    this.allowList = new AllowList(settings.allowValues(), settings.allowPatterns());
    int threads = settings.threads();
    if (threads == 1) {
      this.workers = null;
      this.readers = null;
    } else {
      // No thread starts before the first scan, and idle ones end, so an engine needs no closing.
      this.workers = new ThreadPoolExecutor(threads, threads, IDLE_SECONDS, TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(threads * 2), daemonThreads("datasieve-detect-")); // rejects when full
      this.workers.allowCoreThreadTimeOut(true);
      this.readers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_SECONDS, TimeUnit.SECONDS,
          new SynchronousQueue<>(), daemonThreads("datasieve-read-"));
    }
  }

  /** The detectors in run order. */
  public List<Detector> detectors() {
    return detectors;
  }

  /** The formats that have a reader. */
  public Set<DataFormat> formats() {
    return resolver.formats();
  }

  /**
   * Scans the resources; reports come back in the given order. Up to {@code threads} resources are
   * read at once, each by its own reading thread; concurrent calls share the detection workers.
   */
  public List<ResourceReport> scan(List<DatasetResource> resources, ScanListener listener) {
    int n = resources.size();
    if (workers == null || n <= 1) {
      List<ResourceReport> out = new ArrayList<>(n);
      for (DatasetResource r : resources) {
        out.add(scanOne(r, listener));
      }
      return out;
    }
    ResourceReport[] reports = new ResourceReport[n];
    AtomicInteger next = new AtomicInteger();
    Runnable reader = () -> {
      try {
        for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
          reports[i] = scanOne(resources.get(i), listener);
        }
      } catch (Throwable t) {
        next.set(n); // the scan fails: the other readers take no further resource
        throw t;
      }
    };
    List<Future<?>> running = new ArrayList<>();
    boolean done = false;
    try {
      for (int k = Math.min(settings.threads(), n); k > 0; k--) {
        running.add(readers.submit(reader));
      }
      for (Future<?> f : running) {
        await(f);
      }
      done = true;
    } finally {
      if (!done) {
        next.set(n);
        running.forEach(f -> f.cancel(true));
      }
    }
    return List.of(reports);
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

  private ResourceReport scanOne(DatasetResource r, ScanListener listener) {
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

  /** The one analyzer of every detector's needs, compiled when the scanner was built. */
  ValueAnalyzer analyzer() {
    return analyzer;
  }

  /** Per detector position, {@link io.datasieve.spi.AnalysisNeeds#onlyWhenAnyToken}; not to be modified. */
  int[] gates() {
    return gates;
  }

  /** Per detector id, the info types whose occurrences carry fingerprints. */
  Map<String, Set<InfoType>> fingerprinting() {
    return fingerprinting;
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
