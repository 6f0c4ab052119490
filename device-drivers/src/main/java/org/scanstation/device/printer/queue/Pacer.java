package org.scanstation.device.printer.queue;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * The waits of a queue's worker: for work (woken by a new job), between polls (woken only by
 * closing), and the closing flag itself. Thread-safe.
 */
final class Pacer {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private boolean closing;

  /** Waits until {@code hasWork} or {@code interval} passed; false when closing. */
  boolean awaitWork(BooleanSupplier hasWork, Duration interval) {
    lock.lock();
    try {
      long left = interval.toNanos();
      while (!closing && !hasWork.getAsBoolean() && left > 0) {
        left = changed.awaitNanos(left);
      }
      return !closing;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      lock.unlock();
    }
  }

  /** Waits {@code d}, cut short only by closing; false when closing. */
  boolean pause(Duration d) {
    lock.lock();
    try {
      long left = d.toNanos();
      while (!closing && left > 0) {
        left = changed.awaitNanos(left);
      }
      return !closing;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      lock.unlock();
    }
  }

  /** Wakes a worker waiting for work. */
  void signal() {
    lock.lock();
    try {
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  boolean closing() {
    lock.lock();
    try {
      return closing;
    } finally {
      lock.unlock();
    }
  }

  /** Sets the closing flag and wakes every wait. */
  void close() {
    lock.lock();
    try {
      closing = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }
}
