package org.scanstation.fleet.dispatch;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.scanstation.station.ratelimit.RateGate;
import org.scanstation.station.ratelimit.WindowReport;

/**
 * The dispatcher's gate to the backend: calls spaced evenly at its {@link RateShare} of the limit
 * (no bursts: the shares of all dispatchers must add up within every second), and behind that the
 * station's {@link RateGate} at the same rate, which obeys the backend's 429 resets and {@code
 * X-RateLimit-*} headers as the station's own sync does. The share follows the partitions owned:
 * {@link #revoked} before {@link #assigned}. Used by the dispatcher's one consumer thread (the
 * rebalance listener runs on it too); {@link #perSecond} may be read from any thread.
 */
final class ShareGate {
  private final double limit;
  private final Clock clock;
  private final Set<TopicPartition> owned = new HashSet<>();
  private int partitions;
  private volatile double share;
  private volatile List<Integer> ownedView = List.of();
  private RateGate gate;
  private long nextAtNanos = Long.MIN_VALUE;

  ShareGate(double limit, int partitions, Clock clock) {
    this.limit = limit;
    this.partitions = partitions;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The topic turned out to have {@code n} partitions (it may grow while dispatchers run). */
  void partitions(int n) {
    partitions = Math.max(n, owned.size());
    update();
  }

  /** Partitions taken away (or lost): the share shrinks at once. */
  void revoked(Set<TopicPartition> gone) {
    owned.removeAll(gone);
    update();
  }

  /** Partitions given: the share grows. */
  void assigned(Set<TopicPartition> given) {
    owned.addAll(given);
    update();
  }

  private void update() {
    ownedView = owned.stream().map(TopicPartition::partition).sorted().toList();
    double now = RateShare.of(limit, owned.size(), Math.max(1, partitions));
    if (now != share) {
      share = now;
      gate = now > 0 ? new RateGate(now, clock) : null;
    }
  }

  /**
   * Waits for permission for {@code calls} backend calls (a delete whose id must be looked up is
   * two). Blocks.
   *
   * @throws IllegalStateException when the dispatcher owns no partition: it has nothing to send
   */
  void acquire(int calls) throws InterruptedException {
    if (gate == null) {
      throw new IllegalStateException("no partitions owned, so no share of the rate limit");
    }
    for (int i = 0; i < calls; i++) {
      long spacing = RateShare.spacingNanos(share);
      long wait = nextAtNanos == Long.MIN_VALUE ? 0 : nextAtNanos - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      gate.acquire();
      nextAtNanos = System.nanoTime() + spacing;
    }
  }

  /** Takes in what an answer said of the backend's window. */
  void observe(WindowReport window) {
    if (gate != null) {
      gate.observe(window);
    }
  }

  /** The outbox partitions owned now, in order. */
  List<Integer> owned() {
    return ownedView;
  }

  /** Requests a second this dispatcher may make now. */
  double perSecond() {
    return share;
  }
}
