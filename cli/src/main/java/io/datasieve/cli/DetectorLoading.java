package io.datasieve.cli;

import io.datasieve.Scanner;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The built-in detectors, loaded on a daemon thread that starts before the command line is parsed.
 *
 * <p>At the start of a JVM, loading them (their classes and static data: the secrets rules, the
 * phone metadata) costs about as much as building picocli's model of the command line, and the two
 * do not depend on each other; on two cores, doing both at once takes one of them off the start-up.
 * Options that change the detectors ({@code --config}, {@code --name-model}) apply to the loaded
 * builder afterwards, as before.
 *
 * <p>The loaded builder is handed out once; later calls, and runs that did not start the thread,
 * load on the calling thread. A failure while loading is rethrown to the caller, as if it had
 * loaded the detectors itself.
 */
final class DetectorLoading {
  private final Callable<Scanner.Builder> loader;
  private final FutureTask<Scanner.Builder> early;
  private boolean taken;

  private DetectorLoading(Callable<Scanner.Builder> loader, FutureTask<Scanner.Builder> early) {
    this.loader = loader;
    this.early = early;
  }

  /** Starts loading now when the command will need the detectors, else loads on demand. */
  static DetectorLoading start(boolean needed) {
    return start(needed, DetectorLoading::load);
  }

  static DetectorLoading start(boolean needed, Callable<Scanner.Builder> loader) {
    if (!needed) {
      return new DetectorLoading(loader, null);
    }
    FutureTask<Scanner.Builder> task = new FutureTask<>(loader);
    Thread t = new Thread(task, "datasieve-detector-loading");
    t.setDaemon(true);
    t.start();
    return new DetectorLoading(loader, task);
  }

  /** A builder with the built-in detectors, the early one if not taken yet. */
  synchronized Scanner.Builder take() {
    if (early == null || taken) {
      try {
        return loader.call();
      } catch (Exception e) {
        throw unchecked(e);
      }
    }
    taken = true;
    early.run(); // a no-op once the thread has started it; runs it here if the thread has not
    try {
      return early.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the detectors", e);
    } catch (ExecutionException e) {
      throw unchecked(e.getCause());
    }
  }

  private static RuntimeException unchecked(Throwable t) {
    if (t instanceof Error e) {
      throw e;
    }
    return t instanceof RuntimeException r ? r : new IllegalStateException("cannot load the detectors: " + t, t);
  }

  private static Scanner.Builder load() {
    return Scanner.builder().loadDetectors(DetectorLoading.class.getClassLoader());
  }
}
