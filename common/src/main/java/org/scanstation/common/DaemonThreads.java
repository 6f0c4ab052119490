package org.scanstation.common;

import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one thread factory of the station: named daemon threads, so that a thread dump says who each
 * thread is and no helper thread keeps a stopping JVM alive. Thread-safe.
 */
public final class DaemonThreads {
  private DaemonThreads() {}

  /**
   * A factory of daemon threads called {@code name}; from the second thread on, {@code name-2},
   * {@code name-3}, ...
   */
  public static ThreadFactory named(String name) {
    Objects.requireNonNull(name, "name");
    AtomicInteger made = new AtomicInteger();
    return r -> {
      int n = made.incrementAndGet();
      Thread t = new Thread(r, n == 1 ? name : name + "-" + n);
      t.setDaemon(true);
      return t;
    };
  }

  /** Starts {@code work} on a new daemon thread called {@code name}. */
  public static Thread start(String name, Runnable work) {
    Thread t = named(name).newThread(work);
    t.start();
    return t;
  }
}
