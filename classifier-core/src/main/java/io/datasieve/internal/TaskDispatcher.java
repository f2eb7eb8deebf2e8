package io.datasieve.internal;

import java.util.concurrent.Executor;
import java.util.concurrent.Phaser;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the tasks of one resource scan (batches to detect, parts of a file to read) on the shared
 * worker pool, and waits for all of them.
 *
 * <p>Back-pressure: the pool has a bounded queue and rejects work when it is full; the dispatching
 * thread then runs the task itself. A reader that outpaces the detectors is thereby slowed down
 * to their speed, and the work in flight stays bounded by the pool's threads and queue (plus the
 * one task each dispatching thread runs), whatever the size of the resource.
 *
 * <p>Completion: a {@link Phaser} counts the tasks in flight; the owner is one party, each task
 * another from dispatch to its end. A task may dispatch tasks of its own (a part dispatches its
 * batches): it registers them before it arrives itself, so the count cannot fall to the owner alone
 * while work remains. Registered parties are bounded by the work in flight, far below the Phaser's
 * limit.
 *
 * <p>Failures: a task's exception or error does not stop the others or the dispatching thread; the
 * first is rethrown by {@link #awaitAll()} once every task has ended.
 */
final class TaskDispatcher {
  private final Executor workers;
  private final Phaser inFlight = new Phaser(1);
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  /** @param workers the pool, which must reject work when its queue is full; {@code null}: run every task in the caller */
  TaskDispatcher(Executor workers) {
    this.workers = workers;
  }

  /** Runs the task on a worker, or in this thread when there is no pool or it is saturated. */
  void dispatch(Runnable work) {
    inFlight.register();
    Runnable task = () -> {
      try {
        work.run();
      } catch (Throwable t) {
        failure.compareAndSet(null, t);
      } finally {
        inFlight.arriveAndDeregister();
      }
    };
    if (workers == null) {
      task.run();
      return;
    }
    try {
      workers.execute(task);
    } catch (RejectedExecutionException e) {
      task.run();
    }
  }

  /**
   * Waits until every dispatched task, including those dispatched by tasks, has ended; call once,
   * from the owner. Not interruptible: the tasks hold the resource's state, so they are waited for,
   * and the interrupt status is kept.
   *
   * @throws RuntimeException the first task failure, if it was one
   * @throws Error the first task failure, if it was one
   */
  void awaitAll() {
    inFlight.arriveAndAwaitAdvance();
    Throwable t = failure.get();
    if (t instanceof RuntimeException re) {
      throw re;
    }
    if (t instanceof Error err) {
      throw err;
    }
    if (t != null) {
      throw new IllegalStateException(t); // a sneakily thrown checked exception
    }
  }
}
