package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.scanstation.station.StationException;
import org.scanstation.station.acceptance.NewAcceptance;
import org.scanstation.station.acceptance.RecordOutcome;

/**
 * Commits the acceptances of concurrent scanners together: one transaction, one log sync, for every
 * acceptance waiting when it starts. A caller queues its acceptance and takes the committer's lock;
 * whoever holds it takes everything queued (up to {@value #MAX_GROUP}), records each behind its own
 * savepoint (so one acceptance's failure, or a duplicate in the same group, leaves the others),
 * commits, and only then hands each caller its outcome. A caller whose acceptance went with
 * another's commit finds it done when it gets the lock and returns at once. Nobody is told anything
 * before the commit that makes it durable; a failed commit fails the whole group, each caller with
 * the same exception. One scanner alone commits its own, as before. Thread-safe.
 */
final class GroupCommit {
  /** Most acceptances in one transaction: bounds how long the chain head stays locked. */
  static final int MAX_GROUP = 64;

  /** Records one acceptance on {@code c}, inside the group's transaction. */
  interface Recorder {
    RecordOutcome record(Connection c, NewAcceptance a) throws SQLException;
  }

  private static final class Pending {
    final NewAcceptance acceptance;
    RecordOutcome outcome;
    RuntimeException failure;
    boolean done;

    Pending(NewAcceptance acceptance) {
      this.acceptance = acceptance;
    }
  }

  private final StationStore store;
  private final Recorder recorder;
  private final ReentrantLock committer = new ReentrantLock();
  private final ConcurrentLinkedQueue<Pending> waiting = new ConcurrentLinkedQueue<>();
  private final AtomicLong transactions = new AtomicLong();

  GroupCommit(StationStore store, Recorder recorder) {
    this.store = Objects.requireNonNull(store, "store");
    this.recorder = Objects.requireNonNull(recorder, "recorder");
  }

  /**
   * Records {@code a} and returns once it is committed (or has failed). Blocks for the commit of
   * its group, and for the group before it while that one commits.
   */
  RecordOutcome record(NewAcceptance a) {
    Pending mine = new Pending(a);
    waiting.add(mine);
    committer.lock();
    try {
      while (!mine.done) {
        commitWaiting();
      }
    } finally {
      committer.unlock();
    }
    if (mine.failure != null) {
      throw mine.failure;
    }
    return mine.outcome;
  }

  /** Transactions begun so far, for tests and benchmarks: fewer than acceptances when grouped. */
  long transactions() {
    return transactions.get();
  }

  /** Takes what waits and commits it as one group. Runs under the committer's lock. */
  private void commitWaiting() {
    List<Pending> group = new ArrayList<>();
    for (Pending p; group.size() < MAX_GROUP && (p = waiting.poll()) != null; ) {
      group.add(p);
    }
    List<Object> results = new ArrayList<>(group.size());
    transactions.incrementAndGet();
    try {
      store.inTransaction(
          c -> {
            for (Pending p : group) {
              results.add(group.size() == 1 ? alone(c, p) : together(c, p));
            }
            return null;
          });
    } catch (RuntimeException e) {
      results.clear();
      group.forEach(p -> results.add(e));
    }
    for (int i = 0; i < group.size(); i++) {
      Pending p = group.get(i);
      Object r = results.get(i);
      if (r instanceof RuntimeException e) {
        p.failure = e;
      } else {
        p.outcome = (RecordOutcome) r;
      }
      p.done = true;
    }
  }

  /** One acceptance in its own transaction: an earlier acceptance rolls back the head bump. */
  private Object alone(Connection c, Pending p) throws SQLException {
    RecordOutcome o = recorder.record(c, p.acceptance);
    if (o instanceof RecordOutcome.AlreadyAccepted) {
      c.rollback(); // nothing of ours was written but the head bump
    }
    return o;
  }

  /**
   * One acceptance among others: behind a savepoint, so that an earlier acceptance (or a failed
   * statement) takes back only its own writes.
   */
  private Object together(Connection c, Pending p) throws SQLException {
    Savepoint before = c.setSavepoint();
    try {
      RecordOutcome o = recorder.record(c, p.acceptance);
      if (o instanceof RecordOutcome.AlreadyAccepted) {
        c.rollback(before);
      } else {
        c.releaseSavepoint(before);
      }
      return o;
    } catch (SQLException e) {
      c.rollback(before);
      if (StoreFaults.explain(e).isPresent()) {
        throw e; // the store failed: the whole group fails with it
      }
      return new StationException("store " + store.path() + ": " + e.getMessage(), e);
    }
  }
}
