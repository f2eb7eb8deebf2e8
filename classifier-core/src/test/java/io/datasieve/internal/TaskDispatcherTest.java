package io.datasieve.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TaskDispatcherTest {
  private ThreadPoolExecutor pool;

  /** A pool like the engine's: fixed threads, a bounded queue, rejecting work when it is full. */
  private ThreadPoolExecutor pool(int threads, int queue) {
    pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(queue));
    return pool;
  }

  @AfterEach
  void stop() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void withoutAPoolTasksRunInTheCaller() {
    TaskDispatcher dispatcher = new TaskDispatcher(null);
    Thread caller = Thread.currentThread();
    List<Thread> ran = new ArrayList<>();
    dispatcher.dispatch(() -> ran.add(Thread.currentThread()));
    dispatcher.dispatch(() -> ran.add(Thread.currentThread()));
    assertEquals(List.of(caller, caller), ran, "each ran before dispatch returned");
    dispatcher.awaitAll();
  }

  @Test
  void whenThePoolIsSaturatedTheDispatcherRunsTheTaskItself() {
    TaskDispatcher dispatcher = new TaskDispatcher(pool(1, 1));
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ConcurrentLinkedQueue<String> order = new ConcurrentLinkedQueue<>();
    dispatcher.dispatch(() -> { // occupies the only worker
      running.countDown();
      await(release);
      order.add("first");
    });
    await(running);
    dispatcher.dispatch(() -> order.add("queued")); // fills the queue
    Thread caller = Thread.currentThread();
    AtomicBoolean inCaller = new AtomicBoolean();
    dispatcher.dispatch(() -> {
      inCaller.set(Thread.currentThread() == caller);
      order.add("inline");
    });
    assertTrue(inCaller.get(), "the third task ran in the dispatching thread, before dispatch returned");
    assertEquals(List.of("inline"), List.copyOf(order), "the pool has not run anything yet");
    assertEquals(1, pool.getQueue().size());
    release.countDown();
    dispatcher.awaitAll();
    assertEquals(List.of("inline", "first", "queued"), List.copyOf(order));
  }

  @Test
  void workInFlightStaysBoundedByThePoolWhateverIsDispatched() {
    int threads = 2;
    int queue = 3;
    TaskDispatcher dispatcher = new TaskDispatcher(pool(threads, queue));
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicInteger dispatched = new AtomicInteger();
    AtomicLong work = new AtomicLong();
    for (int i = 0; i < 2_000; i++) {
      // Counted from dispatch (as a batch's memory is) to the task's end.
      most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      dispatched.incrementAndGet();
      dispatcher.dispatch(() -> {
        long sum = 0;
        for (int k = 0; k < 2_000; k++) {
          sum += k * (long) k; // some work, so that the queue fills
        }
        work.addAndGet(sum);
        done.incrementAndGet();
        inFlight.decrementAndGet();
      });
    }
    dispatcher.awaitAll();
    assertEquals(dispatched.get(), done.get());
    assertTrue(most.get() <= threads + queue + 1, "at most " + (threads + queue + 1) + " in flight, saw " + most.get());
  }

  @Test
  void awaitAllWaitsForTasksThatTasksDispatched() {
    TaskDispatcher dispatcher = new TaskDispatcher(pool(2, 64));
    int parts = 40;
    int batchesPerPart = 25;
    AtomicInteger batches = new AtomicInteger();
    for (int p = 0; p < parts; p++) {
      dispatcher.dispatch(() -> {
        for (int b = 0; b < batchesPerPart; b++) {
          dispatcher.dispatch(batches::incrementAndGet);
        }
      });
    }
    dispatcher.awaitAll();
    assertEquals(parts * batchesPerPart, batches.get());
  }

  @Test
  void awaitAllDoesNotReturnWhileABatchOfAFinishedPartStillRuns() throws InterruptedException {
    TaskDispatcher dispatcher = new TaskDispatcher(pool(2, 4));
    CountDownLatch batchStarted = new CountDownLatch(1);
    CountDownLatch partEnded = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean batchDone = new AtomicBoolean();
    dispatcher.dispatch(() -> {
      dispatcher.dispatch(() -> {
        batchStarted.countDown();
        await(release);
        batchDone.set(true);
      });
      partEnded.countDown();
    });
    AtomicBoolean sawBatchDone = new AtomicBoolean();
    Thread owner = new Thread(() -> {
      dispatcher.awaitAll();
      sawBatchDone.set(batchDone.get());
    });
    owner.start();
    await(batchStarted);
    await(partEnded);
    Thread.State state;
    while ((state = owner.getState()) != Thread.State.WAITING && state != Thread.State.TERMINATED) {
      Thread.onSpinWait();
    }
    assertNotEquals(Thread.State.TERMINATED, state, "the owner returned while a batch was running");
    release.countDown();
    owner.join();
    assertTrue(sawBatchDone.get());
  }

  @Test
  void theFirstFailureIsRethrownAfterEveryTaskEnded() {
    TaskDispatcher dispatcher = new TaskDispatcher(pool(2, 2));
    IllegalStateException boom = new IllegalStateException("boom");
    AtomicInteger ran = new AtomicInteger();
    dispatcher.dispatch(() -> {
      throw boom;
    });
    for (int i = 0; i < 100; i++) {
      dispatcher.dispatch(ran::incrementAndGet);
    }
    assertSame(boom, assertThrows(IllegalStateException.class, dispatcher::awaitAll));
    assertEquals(100, ran.get(), "a failure stops no other task");
  }

  @Test
  void aFailureInATaskRunByTheCallerDoesNotReachTheCallerBeforeAwaitAll() {
    TaskDispatcher dispatcher = new TaskDispatcher(null);
    dispatcher.dispatch(() -> {
      throw new IllegalArgumentException("listener failed");
    });
    AtomicBoolean after = new AtomicBoolean();
    dispatcher.dispatch(() -> after.set(true));
    assertTrue(after.get());
    assertEquals("listener failed", assertThrows(IllegalArgumentException.class, dispatcher::awaitAll).getMessage());
  }

  @Test
  void errorsOfNestedTasksPropagateAsThemselves() {
    TaskDispatcher dispatcher = new TaskDispatcher(pool(2, 8));
    StackOverflowError error = new StackOverflowError();
    dispatcher.dispatch(() -> dispatcher.dispatch(() -> {
      throw error;
    }));
    assertSame(error, assertThrows(StackOverflowError.class, dispatcher::awaitAll));
  }
}
