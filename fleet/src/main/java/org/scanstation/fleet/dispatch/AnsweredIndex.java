package org.scanstation.fleet.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The answered topic in memory: event id to its answer, and how far each partition of the topic has
 * been read, so that a dispatcher taking over partitions can wait until it knows every answer
 * written before it took them. Thread-safe: the watch thread writes, the dispatcher thread reads.
 */
final class AnsweredIndex {
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final Map<Integer, Long> readUpTo = new ConcurrentHashMap<>();

  /** Records an answer read from the topic or just written; null removes it (a tombstone). */
  void put(String eventId, Answer answer) {
    if (answer == null) {
      answers.remove(eventId);
    } else {
      answers.merge(eventId, answer, (old, now) -> now.at().isBefore(old.at()) ? old : now);
    }
  }

  /**
   * Whether {@code eventId} was answered, after {@code replayedAt} when it was replayed: a replayed
   * event is sent again once, not skipped for the answer that made it a dead letter.
   */
  boolean answered(String eventId, Instant replayedAt) {
    Answer a = answers.get(eventId);
    return a != null && (replayedAt == null || a.at().isAfter(replayedAt));
  }

  /** Notes that partition {@code p} of the answered topic has been read up to {@code offset}. */
  synchronized void readTo(int p, long offset) {
    readUpTo.merge(p, offset, Math::max);
    notifyAll();
  }

  /**
   * Waits until every partition has been read up to {@code ends} (its end offsets when a dispatcher
   * took over partitions).
   *
   * @return whether it got there within {@code timeout}
   */
  synchronized boolean awaitReadTo(Map<Integer, Long> ends, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!reached(ends)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }

  private boolean reached(Map<Integer, Long> ends) {
    for (Map.Entry<Integer, Long> e : ends.entrySet()) {
      if (readUpTo.getOrDefault(e.getKey(), 0L) < e.getValue()) {
        return false;
      }
    }
    return true;
  }

  /** Answers known. */
  int size() {
    return answers.size();
  }
}
