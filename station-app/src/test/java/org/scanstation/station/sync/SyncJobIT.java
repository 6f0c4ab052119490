package org.scanstation.station.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scanstation.common.Backoff;
import org.scanstation.simulator.backend.BackendSettings;
import org.scanstation.simulator.backend.ReceivedRequest;
import org.scanstation.simulator.backend.SimulatedBackend;
import org.scanstation.simulator.backend.Tracking;
import org.scanstation.station.acceptance.FixedLabels;
import org.scanstation.station.app.LocalStation;
import org.scanstation.station.config.ApiKey;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.tracking.Mod10;
import org.scanstation.station.ratelimit.RateGate;
import org.scanstation.station.store.Outbox;
import org.scanstation.station.store.StationStore;

/** The sync job against the simulator's AfterShip-style backend, over real HTTP. */
class SyncJobIT {
  private static final String KEY = "test-key-123";
  private static final Backoff FAST = new Backoff(Duration.ofMillis(20), Duration.ofMillis(300));

  private final StationStore store = StationStore.inMemory("sync-" + UUID.randomUUID());
  private final LocalStation station =
      new LocalStation(
          store, StationConfig.load(null, Map.of()), new FixedLabels(), Clock.systemUTC());
  private final Outbox outbox = station.outbox();
  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
    station.close();
  }

  private SimulatedBackend backend(int rateLimit) throws Exception {
    SimulatedBackend b =
        SimulatedBackend.start(
            InetAddress.getLoopbackAddress(),
            0,
            BackendSettings.withApiKey(KEY).withRateLimit(rateLimit));
    open.add(b);
    return b;
  }

  private SyncJob job(SimulatedBackend b, String key, double rate) {
    AfterShipBackend client =
        new AfterShipBackend(
            b.baseUri(),
            ApiKey.load(null, Map.of(ApiKey.ENV, key)),
            Duration.ofSeconds(2),
            Clock.systemUTC());
    SyncJob.Settings s =
        new SyncJob.Settings(
            4,
            20,
            Duration.ofSeconds(5),
            Duration.ofMillis(50),
            Duration.ofMinutes(5),
            Duration.ofDays(1));
    SyncJob job =
        new SyncJob(
            outbox,
            new BackendSink(client),
            new RateGate(rate, Clock.systemUTC()),
            FAST,
            Clock.systemUTC(),
            s);
    open.add(0, job);
    return job;
  }

  private List<String> accept(int n) {
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String num = Mod10.withCheckDigit(String.format("9400111899%011d", i));
      assertThat(station.accept(num, "ana", "s1").result()).isEqualTo("ACCEPTED");
      numbers.add(num);
    }
    return numbers;
  }

  private void awaitDelivered(long n) {
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> assertThat(outbox.stats().delivered()).isEqualTo(n));
  }

  private static Map<String, Long> perNumber(SimulatedBackend b) {
    return b.trackings().stream()
        .collect(Collectors.groupingBy(Tracking::trackingNumber, Collectors.counting()));
  }

  @Test
  void deliversEveryAcceptanceOnceWithTheStationsFacts() throws Exception {
    SimulatedBackend b = backend(1000);
    List<String> numbers = accept(30);
    job(b, KEY, 1000).start();
    awaitDelivered(30);
    assertThat(perNumber(b))
        .containsOnlyKeys(numbers)
        .allSatisfy((k, v) -> assertThat(v).isEqualTo(1));
    Tracking t = b.trackings().get(0);
    assertThat(t.slug()).isEqualTo("usps");
    var custom = t.fields().get("custom_fields");
    assertThat(custom.get("partner_event_code").asString()).isEqualTo("81");
    assertThat(custom.get("station_id").asString()).isEqualTo("station-1");
    assertThat(custom.get("operator_id").asString()).isEqualTo("ana");
    assertThat(custom.get("event_id").asString()).hasSize(36);
    assertThat(outbox.list(Outbox.Status.DELIVERED, 100))
        .allSatisfy(v -> assertThat(v.attempts()).isZero());
    assertThat(b.received()).allSatisfy(r -> assertThat(r.toString()).doesNotContain(KEY));
  }

  @Test
  void survivesServerErrorsLatencyAndRefusedConnectionsAndDeliversEachOnce() throws Exception {
    SimulatedBackend b = backend(1000);
    List<String> numbers = accept(40);
    b.setFailRate(0.4);
    b.setLatency(Duration.ofMillis(50));
    SyncJob job = job(b, KEY, 1000);
    job.start();
    await().atMost(Duration.ofSeconds(30)).until(() -> b.counters().injectedFailures() > 5);
    b.setRefuseConnections(true);
    await().atMost(Duration.ofSeconds(30)).until(() -> job.status().failures() > 20);
    assertThat(outbox.list(Outbox.Status.PENDING, 100))
        .anySatisfy(v -> assertThat(v.lastError()).isNotNull());
    b.setRefuseConnections(false);
    b.clearFaults();
    awaitDelivered(40);
    assertThat(perNumber(b))
        .containsOnlyKeys(numbers)
        .allSatisfy((k, v) -> assertThat(v).isEqualTo(1));
  }

  @Test
  void aRetryAfterADroppedResponseMeetsAlreadyExistsAndCountsAsDelivered() throws Exception {
    SimulatedBackend b = backend(1000);
    List<String> numbers = accept(10);
    b.dropCreates(4);
    job(b, KEY, 1000).start();
    awaitDelivered(10);
    assertThat(b.counters().dropped()).isEqualTo(4);
    assertThat(b.counters().duplicates()).isEqualTo(4);
    assertThat(perNumber(b))
        .containsOnlyKeys(numbers)
        .allSatisfy((k, v) -> assertThat(v).isEqualTo(1));
  }

  @Test
  void obeysTheResetHeaderIn429StormsWithoutCountingThemAsFailures() throws Exception {
    SimulatedBackend b = backend(1);
    // Four calls go out before the first answer says the limit: at most two fit in the seconds
    // they fall in, so 429s come whatever the gate does with the headers afterwards.
    b.setLatency(Duration.ofMillis(200));
    accept(8);
    SyncJob job = job(b, KEY, 50); // deliberately faster than the backend allows
    job.start();
    awaitDelivered(8);
    assertThat(b.counters().rateLimited()).isPositive();
    assertThat(job.status().rateLimited()).isEqualTo(b.counters().rateLimited());
    assertThat(job.status().failures()).isZero();
    assertThat(outbox.list(Outbox.Status.DELIVERED, 100))
        .allSatisfy(v -> assertThat(v.attempts()).isZero());
    assertThat(b.trackings()).hasSize(8);
  }

  @Test
  void slowsDownUnderASustained429StormAndStillDeliversEachOnce() throws Exception {
    SimulatedBackend b = backend(1000);
    b.setThrottle(8); // a gateway sheds load past 8/s and says only Retry-After: 1
    b.setLatency(Duration.ofMillis(20));
    List<String> numbers = accept(120);
    SyncJob job = job(b, KEY, 50); // configured far above what gets through
    Instant started = Instant.now();
    job.start();
    awaitDelivered(120);
    List<ReceivedRequest> settled =
        b.received().stream().filter(r -> r.at().isAfter(started.plusSeconds(4))).toList();
    long limited = settled.stream().filter(r -> r.status() == 429).count();
    assertThat(settled).hasSizeGreaterThan(40);
    assertThat((double) limited / settled.size())
        .as("%d of %d requests answered 429 after the first seconds", limited, settled.size())
        .isLessThan(0.15); // the gate before it adapted: 0.35
    assertThat(perNumber(b))
        .containsOnlyKeys(numbers)
        .allSatisfy((k, v) -> assertThat(v).isEqualTo(1));
    assertThat(job.status().failures()).isZero();
  }

  @Test
  void aRefusedKeyPausesEverythingAndBurnsNothing() throws Exception {
    SimulatedBackend b = backend(1000);
    accept(20);
    SyncJob wrong = job(b, "not-the-key", 1000);
    wrong.start();
    await().atMost(Duration.ofSeconds(10)).until(() -> wrong.status().paused());
    assertThat(wrong.status().pauseReason()).contains("401");
    assertThat(wrong.pauses()).isEqualTo(1);
    assertThat(b.counters().unauthorized()).isLessThanOrEqualTo(4);
    assertThat(b.trackings()).isEmpty();
    wrong.close();
    assertThat(outbox.list(Outbox.Status.PENDING, 100))
        .hasSize(20)
        .allSatisfy(v -> assertThat(v.attempts()).isZero());

    job(b, KEY, 1000).start();
    awaitDelivered(20);
  }

  @Test
  void invalidDataIsQuarantinedForAPersonAndNotRetriedByItself() throws Exception {
    SimulatedBackend b = backend(1000);
    accept(3);
    spoilOneEntry("123");
    SyncJob job = job(b, KEY, 1000);
    job.start();
    awaitDelivered(2);
    await().atMost(Duration.ofSeconds(10)).until(() -> outbox.stats().quarantined() == 1);
    Outbox.View q = outbox.list(Outbox.Status.QUARANTINED, 10).get(0);
    assertThat(q.lastError()).contains("4005");
    long requests = b.counters().requests();
    assertThat(outbox.claim(10, "probe", Duration.ofSeconds(1))).isEmpty();
    assertThat(b.counters().requests()).isEqualTo(requests);

    assertThat(outbox.retry(q.eventId(), "sup")).isTrue();
    job.wake();
    await().atMost(Duration.ofSeconds(10)).until(() -> b.counters().invalid() == 2);
    await().atMost(Duration.ofSeconds(10)).until(() -> outbox.stats().quarantined() == 1);
  }

  @Test
  void leasesOfACrashedClaimerExpireAndTheEntriesAreDeliveredOnce() throws Exception {
    SimulatedBackend b = backend(1000);
    List<String> numbers = accept(8);
    assertThat(outbox.claim(8, "crashed-station", Duration.ofMillis(300))).hasSize(8);
    SyncJob job = job(b, KEY, 1000);
    assertThat(job.drainDue()).isZero(); // leased to someone else
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(job.drainDue()).isEqualTo(8));
    awaitDelivered(8);
    assertThat(perNumber(b))
        .containsOnlyKeys(numbers)
        .allSatisfy((k, v) -> assertThat(v).isEqualTo(1));
  }

  @Test
  void purgesDeliveredEntriesAfterTheirKeepTime() throws Exception {
    SimulatedBackend b = backend(1000);
    accept(5);
    job(b, KEY, 1000).drainDue();
    awaitDelivered(5);
    assertThat(outbox.purgeDelivered(Duration.ofDays(1), 100)).isZero();
    assertThat(outbox.purgeDelivered(Duration.ZERO.minusMillis(1), 2)).isEqualTo(2);
    assertThat(outbox.stats().delivered()).isEqualTo(3);
  }

  /** Gives the first acceptance's outbox entry data the backend refuses (a bad number). */
  private void spoilOneEntry(String trackingNumber) {
    store.inTransaction(
        c -> {
          String event;
          try (var q =
                  c.prepareStatement("SELECT event_id FROM acceptance FETCH FIRST 1 ROWS ONLY");
              var rs = q.executeQuery()) {
            rs.next();
            event = rs.getString(1);
          }
          String payload =
              "{\"eventId\":\""
                  + event.strip()
                  + "\",\"trackingNumber\":\""
                  + trackingNumber
                  + "\",\"slug\":\"usps\",\"title\":\"x\",\"stationId\":\"s\","
                  + "\"operatorId\":\"o\",\"acceptedAt\":\"2026-11-24T00:00:00Z\","
                  + "\"partnerEventCode\":\"81\"}";
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE outbox SET payload = ?," + " tracking_number = ? WHERE event_id = ?")) {
            ps.setString(1, payload);
            ps.setString(2, trackingNumber);
            ps.setString(3, event);
            return ps.executeUpdate();
          }
        });
  }
}
