package org.scanstation.station.sync.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kafka.server.BrokerServer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.station.api.AcceptOutcome;
import org.scanstation.station.api.VoidRequest;
import org.scanstation.station.app.RunningStation;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.tracking.Mod10;
import org.scanstation.station.store.Outbox;
import org.scanstation.station.store.StationStore;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real station (real Derby, {@code station run}'s parts) with {@code sync.sink=kafka} against a
 * real single-node KRaft broker from Kafka's test kit, one per class; each test has its own topics.
 */
class KafkaSinkIT {
  private static final String STATION = "dock-7";
  private static final String PIN = "2468";
  private static KafkaClusterTestKit cluster;

  @TempDir Path dataDir;

  @BeforeAll
  static void startBroker() throws Exception {
    cluster =
        new KafkaClusterTestKit.Builder(
                new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
            .setConfigProp("num.partitions", "3")
            .build();
    cluster.format();
    cluster.startup();
    cluster.waitForReadyBrokers();
  }

  @AfterAll
  static void stopBroker() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  /** A station on {@code topic}, with waits short enough that an outage shows in seconds. */
  private static Map<String, String> env(String topic) {
    Map<String, String> env = new HashMap<>();
    env.put("STATION_HTTP_PORT", "0");
    env.put("STATION_STATION_ID", STATION);
    env.put("STATION_SUPERVISOR_PIN", PIN);
    env.put("STATION_TRACKING_ENABLED", "false");
    env.put("STATION_SYNC_SINK", "kafka");
    env.put("STATION_KAFKA_BOOTSTRAP_SERVERS", cluster.bootstrapServers());
    env.put("STATION_KAFKA_TOPIC", topic);
    env.put("STATION_KAFKA_HEARTBEAT_TOPIC", topic + ".heartbeat");
    env.put("STATION_KAFKA_HEARTBEAT_INTERVAL", "500ms");
    env.put("STATION_KAFKA_CLIENT_MAX_BLOCK_MS", "2000");
    env.put("STATION_KAFKA_CLIENT_REQUEST_TIMEOUT_MS", "2000");
    env.put("STATION_KAFKA_CLIENT_DELIVERY_TIMEOUT_MS", "4000");
    return env;
  }

  private RunningStation start(Map<String, String> env) {
    return RunningStation.start(dataDir, StationConfig.load(null, env), env);
  }

  private static String number(int i) {
    return Mod10.withCheckDigit(String.format("9400111899000000%05d", i));
  }

  /** Every record of {@code topic} up to its end now, in partition and offset order. */
  private static List<ConsumerRecord<String, String>> readAll(String topic) {
    Map<String, Object> p =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p)) {
      List<TopicPartition> parts =
          c.partitionsFor(topic, Duration.ofSeconds(10)).stream()
              .map(i -> new TopicPartition(topic, i.partition()))
              .toList();
      c.assign(parts);
      c.seekToBeginning(parts);
      Map<TopicPartition, Long> end = c.endOffsets(parts);
      List<ConsumerRecord<String, String>> out = new ArrayList<>();
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () -> {
                c.poll(Duration.ofMillis(200)).forEach(out::add);
                return parts.stream().allMatch(tp -> c.position(tp) >= end.get(tp));
              });
      return out;
    }
  }

  private static String header(ConsumerRecord<?, ?> r, String name) {
    Header h = r.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  private static String one(StationStore store, String sql, String arg) {
    return store.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? rs.getString(1).strip() : null;
            }
          }
        });
  }

  private static void awaitDrained(Outbox outbox, long delivered) {
    await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> outbox.stats().pending() == 0 && outbox.stats().delivered() == delivered);
  }

  @Test
  void eachAcceptanceIsOneRecordKeyedByItsNumberWithTheContractsHeadersAndAVoidFollowsIt() {
    String topic = "accept.outbox";
    try (RunningStation run = start(env(topic))) {
      StationStore store = run.station().store();
      Map<String, String> events = new HashMap<>();
      for (int i = 1; i <= 3; i++) {
        AcceptOutcome a = run.station().accept(number(i), "ana", "desk-1");
        assertThat(a.result()).isEqualTo("ACCEPTED");
        events.put(a.trackingNumber(), a.eventId());
      }
      awaitDrained(run.station().outbox(), 3);

      List<ConsumerRecord<String, String>> records = readAll(topic);
      assertThat(records).hasSize(3);
      for (ConsumerRecord<String, String> r : records) {
        String event = events.get(r.key());
        assertThat(event).as("key %s is an accepted number", r.key()).isNotNull();
        assertThat(header(r, "id")).isEqualTo(event);
        assertThat(header(r, "kind")).isEqualTo("CREATE");
        assertThat(header(r, "station")).isEqualTo(STATION);
        assertThat(header(r, "chain-hash"))
            .isEqualTo(one(store, "SELECT hash FROM acceptance WHERE event_id = ?", event))
            .hasSize(64);
        assertThat(r.value())
            .isEqualTo(one(store, "SELECT payload FROM outbox WHERE entry_id = ?", event));
        assertThat(run.station().outbox().find(event).orElseThrow().status())
            .isEqualTo(Outbox.Status.DELIVERED);
      }

      String voided = number(1);
      run.station().voidAcceptance(new VoidRequest(voided, "wrong parcel", "sup", PIN));
      awaitDrained(run.station().outbox(), 4);
      List<ConsumerRecord<String, String>> all = readAll(topic);
      assertThat(all).hasSize(4);
      ConsumerRecord<String, String> create =
          all.stream().filter(r -> r.key().equals(voided)).findFirst().orElseThrow();
      ConsumerRecord<String, String> delete =
          all.stream().filter(r -> "DELETE".equals(header(r, "kind"))).findFirst().orElseThrow();
      String deleteId =
          one(
              store,
              "SELECT entry_id FROM outbox WHERE kind = 'DELETE' AND event_id = ?",
              events.get(voided));
      assertThat(delete.key()).isEqualTo(voided);
      assertThat(delete.partition()).isEqualTo(create.partition());
      assertThat(delete.offset()).isGreaterThan(create.offset());
      assertThat(header(delete, "id")).isEqualTo(deleteId).isNotEqualTo(header(create, "id"));
      assertThat(header(delete, "chain-hash")).isEqualTo(header(create, "chain-hash"));
      assertThat(delete.value())
          .isEqualTo(one(store, "SELECT payload FROM outbox WHERE entry_id = ?", deleteId));
    }
  }

  @Test
  void aBrokerThatIsDownHoldsTheOutboxAndEverythingGoesOutWhenItIsBack() throws Exception {
    String topic = "outage.outbox";
    try (RunningStation run = start(env(topic))) {
      Outbox outbox = run.station().outbox();
      List<String> ids = new ArrayList<>();
      ids.add(run.station().accept(number(100), "ana", "desk-1").eventId());
      awaitDrained(outbox, 1);

      BrokerServer broker = cluster.brokers().values().iterator().next();
      broker.shutdown();
      try {
        for (int i = 101; i <= 110; i++) {
          AcceptOutcome a = run.station().accept(number(i), "ana", "desk-1");
          assertThat(a.result()).as("scans are taken while Kafka is away").isEqualTo("ACCEPTED");
          ids.add(a.eventId());
        }
        // held, not lost and not marked delivered, through several failed sends
        await()
            .during(Duration.ofSeconds(6))
            .atMost(Duration.ofSeconds(10))
            .until(() -> outbox.stats().pending() == 10 && outbox.stats().delivered() == 1);
        assertThat(run.sync().orElseThrow().status().failures()).isPositive();
      } finally {
        broker.startup();
      }
      awaitDrained(outbox, 11);

      List<ConsumerRecord<String, String>> records = readAll(topic);
      Map<String, List<ConsumerRecord<String, String>>> byId =
          records.stream().collect(Collectors.groupingBy(r -> header(r, "id")));
      // At least once: every entry is there; a send that timed out while the broker was going
      // may have been written all the same, and its retry then repeats it with the same id.
      assertThat(byId.keySet()).containsExactlyInAnyOrderElementsOf(ids);
      for (List<ConsumerRecord<String, String>> copies : byId.values()) {
        assertThat(copies)
            .as("copies of one id are the same record, so a reader drops them by id")
            .extracting(ConsumerRecord::key, ConsumerRecord::value, ConsumerRecord::partition)
            .containsOnly(
                org.assertj.core.groups.Tuple.tuple(
                    copies.get(0).key(), copies.get(0).value(), copies.get(0).partition()));
      }
      System.out.printf(
          "KafkaSinkIT outage: %d entries, %d records, %d repeated by id%n",
          ids.size(), records.size(), records.size() - byId.size());
    }
  }

  @Test
  void theHeartbeatCarriesTheStationsIdReadinessAndCounts() {
    String topic = "beat.outbox";
    try (RunningStation run = start(env(topic))) {
      run.station().accept(number(200), "ana", "desk-1");
      awaitDrained(run.station().outbox(), 1);
      Instant drained = Instant.now();
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  readAll(topic + ".heartbeat").stream()
                      .map(r -> JsonMapper.shared().readTree(r.value()))
                      .anyMatch(j -> !Instant.parse(j.path("at").asString()).isBefore(drained)));
      List<ConsumerRecord<String, String>> beats = readAll(topic + ".heartbeat");
      ConsumerRecord<String, String> last = beats.get(beats.size() - 1);
      JsonNode beat = JsonMapper.shared().readTree(last.value());
      assertThat(last.key()).isEqualTo(STATION);
      assertThat(beat.path("stationId").asString()).isEqualTo(STATION);
      assertThat(beat.path("ready").isBoolean()).isTrue();
      assertThat(beat.path("outboxPending").asLong(-1)).isZero();
      assertThat(beat.path("outboxOldestSeconds").asLong(-1)).isZero();
      assertThat(beat.path("quarantined").asLong(-1)).isZero();
      assertThat(beat.path("printersFaulted").isArray()).isTrue();
      assertThat(beat.path("version").isString()).isTrue();
    }
  }

  @Test
  void secretsFromTheEnvironmentAndThePropertiesFileNeverReachTheLog() throws Exception {
    Path secrets = dataDir.resolveSibling(dataDir.getFileName() + "-kafka.properties");
    Files.writeString(secrets, "ssl.truststore.password=CANARY-FILE-7\n");
    Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-------"));
    Map<String, String> env = env("secrets.outbox");
    env.put("STATION_KAFKA_CLIENT_PROPERTIES_FILE", secrets.toString());
    env.put(
        "STATION_KAFKA_CLIENT_SASL_JAAS_CONFIG",
        "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"u\""
            + " password=\"CANARY-ENV-7\";");
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Logger kafka = (Logger) LoggerFactory.getLogger("org.apache.kafka");
    Level was = kafka.getLevel();
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    root.addAppender(lines);
    kafka.setLevel(Level.INFO); // Kafka's own config dump too, not only ours
    try (RunningStation run = start(env)) {
      run.station().accept(number(300), "ana", "desk-1");
      awaitDrained(run.station().outbox(), 1);
    } finally {
      kafka.setLevel(was);
      root.detachAppender(lines);
      Files.deleteIfExists(secrets);
    }
    List<String> text = new ArrayList<>();
    for (ILoggingEvent e : List.copyOf(lines.list)) {
      text.add(e.getFormattedMessage());
      for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
        text.add(t.getMessage());
      }
    }
    assertThat(text).isNotEmpty().noneMatch(t -> t != null && t.contains("CANARY"));
    assertThat(text)
        .anyMatch(
            t ->
                t != null
                    && t.contains("client properties")
                    && t.contains("sasl.jaas.config")
                    && t.contains("ssl.truststore.password"));
  }
}
