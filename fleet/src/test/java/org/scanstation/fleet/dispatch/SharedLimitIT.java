package org.scanstation.fleet.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.fleet.FleetTopics;
import org.scanstation.fleet.TestCluster;
import org.scanstation.simulator.backend.BackendSettings;
import org.scanstation.simulator.backend.ReceivedRequest;
import org.scanstation.simulator.backend.SimulatedBackend;
import org.scanstation.station.config.ApiKey;
import org.scanstation.station.sync.AfterShipBackend;
import org.scanstation.station.sync.TrackingBackend;

/**
 * Two dispatchers of one group against the simulator's backend at its limit of 10 requests a
 * second, counted by the backend per wall-clock second as it counts them itself; and one of them
 * killed mid-batch.
 */
class SharedLimitIT {
  private static final String KEY = "fleet-test-key";
  private static final int LIMIT = 10;
  private static TestCluster cluster;
  @TempDir Path dir;
  private SimulatedBackend backend;
  private TrackingBackend client;
  private final List<Dispatcher> dispatchers = new ArrayList<>();

  @BeforeAll
  static void startCluster() throws Exception {
    cluster = TestCluster.start();
  }

  @AfterAll
  static void stopCluster() throws Exception {
    cluster.close();
  }

  @BeforeEach
  void startBackend() throws Exception {
    backend =
        SimulatedBackend.start(
            InetAddress.getLoopbackAddress(),
            0,
            BackendSettings.withApiKey(KEY).withRateLimit(LIMIT));
    client =
        new AfterShipBackend(
            backend.baseUri(),
            ApiKey.load(Files.writeString(dir.resolve("key"), KEY), Map.of()),
            Duration.ofSeconds(5),
            Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    dispatchers.forEach(Dispatcher::close);
    backend.close();
  }

  private Dispatcher dispatcher(FleetTopics topics) {
    DispatcherSettings s =
        new DispatcherSettings(
            cluster.bootstrapServers(),
            "g-" + topics.outbox(),
            topics,
            LIMIT,
            Duration.ofSeconds(30),
            Map.of("session.timeout.ms", "6000", "heartbeat.interval.ms", "1000"));
    Dispatcher d = Dispatcher.start(s, client, Clock.systemUTC());
    dispatchers.add(d);
    return d;
  }

  private FleetTopics twoRunning() {
    FleetTopics topics = cluster.topics("s" + UUID.randomUUID().toString().substring(0, 8));
    Dispatcher a = dispatcher(topics);
    Dispatcher b = dispatcher(topics);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> a.owned().size() == 3 && b.owned().size() == 3);
    assertThat(a.share() + b.share()).isEqualTo(LIMIT);
    return topics;
  }

  private void publish(FleetTopics topics, int n) throws Exception {
    for (int i = 0; i < n; i++) {
      cluster.publishCreate(topics.outbox(), UUID.randomUUID().toString(), "fedex", "PARCEL-" + i);
    }
  }

  private List<ReceivedRequest> creates() {
    return backend.received().stream()
        .filter(r -> r.method().equals("POST") && r.path().endsWith("/trackings"))
        .toList();
  }

  /** Requests the backend received in each wall-clock second, its own rate-limit window. */
  private Map<Long, Long> perSecond() {
    return backend.received().stream()
        .collect(
            Collectors.groupingBy(
                r -> r.at().getEpochSecond(), TreeMap::new, Collectors.counting()));
  }

  @Test
  void twoDispatchersTogetherStayUnderTheSharedLimit() throws Exception {
    FleetTopics topics = twoRunning();
    publish(topics, 120);

    await().atMost(Duration.ofSeconds(60)).until(() -> backend.trackings().size() == 120);
    Map<Long, Long> seconds = perSecond();
    assertThat(seconds.values()).allMatch(n -> n <= LIMIT);
    // more than one share a second: both sent at once, and the limit is used
    assertThat(seconds.values().stream().mapToLong(Long::longValue).max().orElse(0))
        .isGreaterThan(LIMIT / 2);
    assertThat(backend.counters().rateLimited()).isZero();
    assertThat(creates()).hasSize(120);
  }

  @Test
  void aDispatcherKilledMidBatchGivesItsPartitionsAndShareToTheOtherAndNothingIsLost()
      throws Exception {
    FleetTopics topics = twoRunning();
    Dispatcher victim = dispatchers.get(0);
    Dispatcher survivor = dispatchers.get(1);
    publish(topics, 200);
    await().atMost(Duration.ofSeconds(60)).until(() -> victim.counts().calls() >= 30);

    victim.halt();
    dispatchers.remove(victim);

    await().atMost(Duration.ofSeconds(60)).until(() -> survivor.owned().size() == 6);
    assertThat(survivor.share()).isEqualTo(LIMIT);
    await().atMost(Duration.ofSeconds(90)).until(() -> backend.trackings().size() == 200);
    long redundant = creates().size() - 200;
    assertThat(redundant).isLessThan(2); // below 1% of 200
    assertThat(backend.counters().duplicates()).isEqualTo(redundant);
    assertThat(perSecond().values()).allMatch(n -> n <= LIMIT);
    assertThat(backend.counters().rateLimited()).isZero();
  }
}
