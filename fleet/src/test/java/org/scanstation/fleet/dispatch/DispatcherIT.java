package org.scanstation.fleet.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.fleet.FleetTopics;
import org.scanstation.fleet.KafkaClients;
import org.scanstation.fleet.TestCluster;
import org.scanstation.fleet.WireHeaders;
import org.scanstation.fleet.cli.FleetCli;
import org.scanstation.fleet.view.FleetView;
import org.scanstation.simulator.backend.BackendSettings;
import org.scanstation.simulator.backend.ReceivedRequest;
import org.scanstation.simulator.backend.SimulatedBackend;
import org.scanstation.station.config.ApiKey;
import org.scanstation.station.sync.AfterShipBackend;
import org.scanstation.station.sync.TrackingBackend;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dispatchers against a real KRaft broker (one per class) and the simulator's AfterShip-style
 * backend over real HTTP at its 10 requests a second.
 */
class DispatcherIT {
  private static final String KEY = "fleet-test-key";
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
            InetAddress.getLoopbackAddress(), 0, BackendSettings.withApiKey(KEY));
    Path keyFile = Files.writeString(dir.resolve("key"), KEY);
    client =
        new AfterShipBackend(
            backend.baseUri(),
            ApiKey.load(keyFile, Map.of()),
            Duration.ofSeconds(5),
            Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    dispatchers.forEach(Dispatcher::close);
    backend.close();
  }

  private FleetTopics topics() {
    return cluster.topics("t" + UUID.randomUUID().toString().substring(0, 8) + ".outbox");
  }

  private Dispatcher dispatcher(FleetTopics topics, String group) {
    return dispatcher(topics, group, 10, client);
  }

  private Dispatcher dispatcher(
      FleetTopics topics, String group, double limit, TrackingBackend backend) {
    DispatcherSettings s =
        new DispatcherSettings(
            cluster.bootstrapServers(),
            group,
            topics,
            limit,
            Duration.ofSeconds(1),
            Map.of("session.timeout.ms", "6000", "heartbeat.interval.ms", "1000"));
    Dispatcher d = Dispatcher.start(s, backend, Clock.systemUTC());
    dispatchers.add(d);
    return d;
  }

  private List<String> publish(FleetTopics topics, int n, String prefix) throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = UUID.randomUUID().toString();
      cluster.publishCreate(topics.outbox(), id, "fedex", prefix + "-" + i);
      ids.add(id);
    }
    return ids;
  }

  private List<ReceivedRequest> creates() {
    return backend.received().stream()
        .filter(r -> r.method().equals("POST") && r.path().endsWith("/trackings"))
        .toList();
  }

  private static long committed(String group, FleetTopics topics) throws Exception {
    try (Admin admin = Admin.create(KafkaClients.admin(cluster.bootstrapServers(), Map.of()))) {
      return admin
          .listConsumerGroupOffsets(group)
          .partitionsToOffsetAndMetadata()
          .get(10, TimeUnit.SECONDS)
          .entrySet()
          .stream()
          .filter(e -> e.getKey().topic().equals(topics.outbox()))
          .mapToLong(e -> e.getValue().offset())
          .sum();
    }
  }

  @Test
  void aPublishedEventIsCreatedAtTheBackendExactlyOnce() throws Exception {
    FleetTopics topics = topics();
    publish(topics, 20, "ONCE");
    dispatcher(topics, "g-once");

    await().atMost(Duration.ofSeconds(60)).until(() -> backend.trackings().size() == 20);
    await().atMost(Duration.ofSeconds(30)).until(() -> committed("g-once", topics) == 20);
    assertThat(creates()).hasSize(20);
    assertThat(backend.counters().duplicates()).isZero();
  }

  @Test
  void aRedeliveredEventCostsNoSecondBackendCall() throws Exception {
    FleetTopics topics = topics();
    List<String> ids = publish(topics, 10, "AGAIN");
    Dispatcher first = dispatcher(topics, "g-again");
    await().atMost(Duration.ofSeconds(60)).until(() -> committed("g-again", topics) == 10);
    first.close();
    dispatchers.clear();
    // as if the dispatcher had died after the answers and before its commits: all redelivered
    rewind("g-again", topics);
    cluster.publishCreate(topics.outbox(), ids.get(3), "fedex", "AGAIN-3"); // a station's resend

    Dispatcher second = dispatcher(topics, "g-again");
    await().atMost(Duration.ofSeconds(60)).until(() -> second.counts().skipped() == 11);
    assertThat(creates()).hasSize(10);
    assertThat(second.counts().calls()).isZero();
  }

  private static void rewind(String group, FleetTopics topics) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> zero =
        new TreeMap<>((a, b) -> a.partition() - b.partition());
    for (int p = 0; p < FleetTopics.OUTBOX_PARTITIONS; p++) {
      zero.put(new TopicPartition(topics.outbox(), p), new OffsetAndMetadata(0));
    }
    try (Admin admin = Admin.create(KafkaClients.admin(cluster.bootstrapServers(), Map.of()))) {
      admin.alterConsumerGroupOffsets(group, zero).all().get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void aPoisonMessageGoesToTheDeadLettersAndTheRestKeepsFlowing() throws Exception {
    FleetTopics topics = topics();
    publish(topics, 3, "BEFORE");
    cluster.publish(
        topics.outbox(),
        "X1",
        "not json".getBytes(StandardCharsets.UTF_8),
        Map.of("id", UUID.randomUUID().toString(), "kind", "CREATE"));
    cluster.publish(
        topics.outbox(), "X2", "{}".getBytes(StandardCharsets.UTF_8), Map.of("kind", "CREATE"));
    cluster.publish(
        topics.outbox(),
        "X3",
        "{}".getBytes(StandardCharsets.UTF_8),
        Map.of("id", UUID.randomUUID().toString(), "kind", "<script>"));
    String refused = UUID.randomUUID().toString();
    cluster.publishCreate(topics.outbox(), refused, "usps", "1234"); // the backend says 4005
    publish(topics, 3, "AFTER");
    Dispatcher d = dispatcher(topics, "g-poison");

    await().atMost(Duration.ofSeconds(60)).until(() -> backend.trackings().size() == 6);
    await().atMost(Duration.ofSeconds(30)).until(() -> committed("g-poison", topics) == 10);
    List<ConsumerRecord<String, byte[]>> dead =
        DeadLetterStore.readAll(cluster.bootstrapServers(), topics, Map.of());
    assertThat(dead).hasSize(4);
    assertThat(dead)
        .extracting(r -> WireHeaders.text(r.headers(), WireHeaders.DEAD_REASON))
        .anyMatch(s -> s.contains("not the CREATE JSON"))
        .anyMatch(s -> s.contains("no 'id' header"))
        .anyMatch(s -> s.contains("unknown kind '<script>'"))
        .anyMatch(s -> s.contains("the backend refused it: HTTP 400 meta.code 4005"));
    assertThat(dead)
        .allMatch(
            r ->
                WireHeaders.text(r.headers(), WireHeaders.DEAD_SOURCE)
                    .startsWith(topics.outbox() + "-"));
    assertThat(d.counts().quarantined()).isEqualTo(1);
    long before = creates().size();

    StringWriter listed = new StringWriter();
    String[] kafka = {
      "--bootstrap-servers", cluster.bootstrapServers(), "--topic", topics.outbox()
    };
    assertThat(
            FleetCli.run(
                new PrintWriter(listed, true),
                new PrintWriter(new StringWriter()),
                concat(new String[] {"dead-letters", "list"}, kafka)))
        .isZero();
    assertThat(listed.toString().lines()).hasSize(4);
    assertThat(listed.toString()).contains(refused + "\t").contains("dead:0@").contains("<script>");
    StringWriter said = new StringWriter();
    int replayed =
        FleetCli.run(
            new PrintWriter(said, true),
            new PrintWriter(new StringWriter()),
            concat(new String[] {"dead-letters", "replay", "--id", refused}, kafka));
    assertThat(said.toString()).contains("replayed 1");
    assertThat(replayed).isZero();
    await().atMost(Duration.ofSeconds(30)).until(() -> creates().size() == before + 1);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                DeadLetterStore.readAll(cluster.bootstrapServers(), topics, Map.of()).size() == 5);
  }

  @Test
  void faultsAnd429sHoldTheRecordsUntilTheyAreAnsweredAndNoneIsSkipped() throws Exception {
    FleetTopics topics = topics();
    publish(topics, 30, "HELD");
    backend.setFailRate(0.3);
    // a gateway lets 2 a second through and answers the rest 429 with Retry-After and no
    // X-RateLimit headers: the dispatcher's share of 10 meets 429s and must wait for the reset
    // (2, not 5: a dispatcher slowed by a loaded machine must still go faster than the gateway)
    backend.setThrottle(2);
    Dispatcher d = dispatcher(topics, "g-held", 10, client);

    await().atMost(Duration.ofSeconds(90)).until(() -> committed("g-held", topics) == 30);
    assertThat(backend.trackings()).hasSize(30);
    assertThat(backend.counters().creates()).isEqualTo(30);
    assertThat(backend.counters().duplicates()).isZero();
    assertThat(backend.counters().injectedFailures()).isPositive();
    assertThat(d.counts().rateLimited()).isPositive();
    assertThat(d.counts().dead()).isZero();
  }

  @Test
  void aRefusedKeyPausesTheDispatcherWithoutSkippingOrCommittingAnything() throws Exception {
    FleetTopics topics = topics();
    publish(topics, 3, "PAUSED");
    TrackingBackend wrongKey =
        new AfterShipBackend(
            backend.baseUri(),
            ApiKey.load(Files.writeString(dir.resolve("wrong"), "not-the-key"), Map.of()),
            Duration.ofSeconds(5),
            Clock.systemUTC());
    Dispatcher d = dispatcher(topics, "g-paused", 10, wrongKey);

    await().atMost(Duration.ofSeconds(30)).until(() -> d.counts().paused() != null);
    assertThat(d.counts().paused()).contains("401");
    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(5))
        .until(() -> committed("g-paused", topics) == 0);
    // one probe a second (the test's pause), not one call per record
    assertThat(d.counts().calls()).isLessThanOrEqualTo(6);
    assertThat(d.counts().dead()).isZero();
    assertThat(backend.trackings()).isEmpty();
  }

  @Test
  void theFleetViewShowsStationsLagAndCallsWithEveryTextFromTheWireEscaped() throws Exception {
    FleetTopics topics = topics();
    String hostile = "<img src=x onerror=alert(1)>";
    cluster.publish(
        topics.heartbeat(),
        hostile,
        JsonMapper.shared()
            .writeValueAsBytes(
                Map.of(
                    "stationId",
                    hostile,
                    "at",
                    "2026-12-01T10:00:00Z",
                    "ready",
                    true,
                    "outboxPending",
                    7,
                    "outboxOldestSeconds",
                    42,
                    "quarantined",
                    1,
                    "printersFaulted",
                    List.of("zebra-<1>"),
                    "version",
                    "0.1.0",
                    "unknownMember",
                    "ignored")),
        Map.of());
    publish(topics, 5, "VIEW");
    Dispatcher d = dispatcher(topics, "g-view");
    await().atMost(Duration.ofSeconds(60)).until(() -> committed("g-view", topics) == 5);
    try (FleetView view = FleetView.start(d, "127.0.0.1", 0, Clock.systemUTC())) {
      HttpClient http = HttpClient.newHttpClient();
      URI page = URI.create("http://127.0.0.1:" + view.port() + "/");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> get(http, page.resolve("/fleet.json"), null).body().contains("onerror"));

      HttpResponse<String> html = get(http, page, null);
      assertThat(html.statusCode()).isEqualTo(200);
      assertThat(html.headers().firstValue("Content-Security-Policy"))
          .hasValueSatisfying(c -> assertThat(c).contains("default-src 'none'"));
      assertThat(html.body())
          .doesNotContain(hostile)
          .contains("&lt;img src=x onerror=alert(1)&gt;");
      assertThat(html.body()).contains("zebra-&lt;1&gt;");
      JsonNode json =
          JsonMapper.shared().readTree(get(http, page.resolve("/fleet.json"), null).body());
      assertThat(json.path("stations").get(0).path("backlog").asInt()).isEqualTo(7);
      assertThat(json.path("lag")).hasSize(6);
      assertThat(json.path("lag").findValues("lag")).allMatch(n -> n.asLong() == 0);
      assertThat(json.path("counts").path("calls").asLong()).isEqualTo(5);
      assertThat(json.path("limit").asDouble()).isEqualTo(10);
      assertThat(rawStatus(view.port(), "evil.example:" + view.port())).isEqualTo(421);
      assertThat(rawStatus(view.port(), "127.0.0.1:" + view.port())).isEqualTo(200);
    }
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static HttpResponse<String> get(HttpClient http, URI uri, String ignored)
      throws Exception {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The status of a GET / naming {@code host} (the JDK's client will not send a made-up Host). */
  private static int rawStatus(int port, String host) throws Exception {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      s.getOutputStream()
          .write(
              ("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      String status =
          new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      return Integer.parseInt(status.split(" ")[1]);
    }
  }
}
