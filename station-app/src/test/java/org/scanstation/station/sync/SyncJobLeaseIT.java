package org.scanstation.station.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scanstation.common.Backoff;
import org.scanstation.station.acceptance.FixedLabels;
import org.scanstation.station.app.LocalStation;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.tracking.Mod10;
import org.scanstation.station.ratelimit.RateGate;
import org.scanstation.station.store.Outbox;
import org.scanstation.station.store.StationStore;

/**
 * A send that outlasts its entry's claim, on a real Derby outbox: the job claims the entry again
 * once the lease ran out, and must not send it a second time while the first send is in flight.
 */
class SyncJobLeaseIT {
  private final StationStore store = StationStore.inMemory("lease-" + UUID.randomUUID());
  private final LocalStation station =
      new LocalStation(
          store, StationConfig.load(null, Map.of()), new FixedLabels(), Clock.systemUTC());
  private final Outbox outbox = station.outbox();
  private final CountDownLatch answer = new CountDownLatch(1);
  private final AtomicInteger sends = new AtomicInteger();

  /** A far side that answers its first call only when told, and every later one at once. */
  private final OutboxSink slow =
      new OutboxSink() {
        @Override
        public BackendReply send(Outbox.Entry entry) {
          if (sends.incrementAndGet() == 1) {
            try {
              answer.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          return BackendReply.of(new SyncOutcome.Delivered(null));
        }

        @Override
        public String describe() {
          return "slow";
        }
      };

  private final SyncJob job =
      new SyncJob(
          outbox,
          slow,
          new RateGate(1000, Clock.systemUTC()),
          new Backoff(Duration.ofMillis(20), Duration.ofMillis(100)),
          Clock.systemUTC(),
          new SyncJob.Settings(
              2,
              1,
              Duration.ofMillis(200),
              Duration.ofMillis(20),
              Duration.ofMinutes(5),
              Duration.ofDays(1)));

  @AfterEach
  void close() {
    answer.countDown();
    job.close();
    station.close();
  }

  @Test
  void anEntryWhoseClaimRanOutWhileItsSendIsInFlightIsNotSentAgain() {
    String event =
        station.accept(Mod10.withCheckDigit("940011189900000000777"), "ana", "s1").eventId();
    job.start();
    await().atMost(Duration.ofSeconds(5)).until(() -> sends.get() == 1);
    // many leases of 200 ms run out meanwhile, and the job keeps claiming
    await()
        .during(Duration.ofSeconds(1))
        .atMost(Duration.ofSeconds(2))
        .until(() -> sends.get() == 1);
    answer.countDown();
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> outbox.find(event).orElseThrow().status() == Outbox.Status.DELIVERED);
    assertThat(sends.get()).isEqualTo(1);
  }
}
