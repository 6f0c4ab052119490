package org.scanstation.fleet.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.fleet.FleetTopics;
import org.scanstation.fleet.KafkaClients;
import org.scanstation.fleet.cli.FleetCli;

/**
 * {@code fleet broker} as a child process, as the README runs it: it formats its directory, serves
 * the contract's topics, carries a record there and back, stops on SIGTERM, and starts again on the
 * same data with the record still there.
 */
class FleetBrokerIT {
  @TempDir Path data;
  private final List<Process> started = new ArrayList<>();

  @AfterEach
  void kill() {
    started.forEach(Process::destroyForcibly);
  }

  private Process broker(int port) throws IOException {
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                FleetCli.class.getName(),
                "broker",
                "--data",
                data.toString(),
                "--port",
                String.valueOf(port))
            .redirectErrorStream(true)
            .start();
    started.add(p);
    return p;
  }

  private static List<String> lines(Process p) {
    List<String> lines = new CopyOnWriteArrayList<>();
    Thread t =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                  lines.add(l);
                }
              } catch (IOException e) {
                // the process ended
              }
            });
    t.setDaemon(true);
    t.start();
    return lines;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Test
  void theBrokerServesTheTopicsCarriesARecordStopsOnSigtermAndKeepsItsData() throws Exception {
    int port = freePort();
    String bootstrap = "127.0.0.1:" + port;
    FleetTopics topics = FleetTopics.defaults();
    Process first = broker(port);
    List<String> out = lines(first);
    await()
        .atMost(Duration.ofSeconds(120))
        .until(() -> out.stream().anyMatch(l -> l.contains("broker ready")));

    try (Admin admin = Admin.create(KafkaClients.admin(bootstrap, Map.of()))) {
      Map<String, TopicDescription> d =
          admin
              .describeTopics(
                  List.of(topics.outbox(), topics.answered(), topics.dead(), topics.heartbeat()))
              .allTopicNames()
              .get(30, TimeUnit.SECONDS);
      assertThat(d.get(topics.outbox()).partitions()).hasSize(6);
      ConfigResource answered = new ConfigResource(ConfigResource.Type.TOPIC, topics.answered());
      assertThat(
              admin
                  .describeConfigs(List.of(answered))
                  .all()
                  .get(30, TimeUnit.SECONDS)
                  .get(answered)
                  .get("cleanup.policy")
                  .value())
          .isEqualTo("compact");
    }
    try (KafkaProducer<String, byte[]> p =
        new KafkaProducer<>(KafkaClients.producer(bootstrap, Map.of()))) {
      p.send(
              new ProducerRecord<>(
                  topics.outbox(),
                  "9400100000000000000001",
                  "hello".getBytes(StandardCharsets.UTF_8)))
          .get(30, TimeUnit.SECONDS);
    }
    assertThat(readAll(bootstrap, topics.outbox())).containsExactly("hello");

    first.destroy(); // SIGTERM
    assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(first.exitValue()).isIn(0, 143);

    Process second = broker(port);
    List<String> again = lines(second);
    await()
        .atMost(Duration.ofSeconds(120))
        .until(() -> again.stream().anyMatch(l -> l.contains("broker ready")));
    assertThat(readAll(bootstrap, topics.outbox())).containsExactly("hello");
    second.destroy();
    assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
  }

  private static List<String> readAll(String bootstrap, String topic) {
    try (KafkaConsumer<String, byte[]> c =
        new KafkaConsumer<>(KafkaClients.consumer(bootstrap, null, Map.of()))) {
      List<TopicPartition> parts =
          c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
              .map(i -> new TopicPartition(topic, i.partition()))
              .toList();
      c.assign(parts);
      c.seekToBeginning(parts);
      Map<TopicPartition, Long> ends = c.endOffsets(parts);
      List<String> values = new ArrayList<>();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (ends.entrySet().stream().anyMatch(e -> c.position(e.getKey()) < e.getValue())
          && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(200))) {
          values.add(new String(r.value(), StandardCharsets.UTF_8));
        }
      }
      return values;
    }
  }
}
