package org.scanstation.fleet;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import tools.jackson.databind.json.JsonMapper;

/**
 * One real KRaft cluster (one combined node) for a test class, and a plain producer that publishes
 * as the contract says a station does. Not thread-safe.
 */
public final class TestCluster {
  private final KafkaClusterTestKit kit;
  private final KafkaProducer<String, byte[]> producer;

  private TestCluster(KafkaClusterTestKit kit) {
    this.kit = kit;
    this.producer = new KafkaProducer<>(KafkaClients.producer(kit.bootstrapServers(), Map.of()));
  }

  /** Formats and starts the cluster; blocks until its broker is ready. */
  public static TestCluster start() throws Exception {
    KafkaClusterTestKit kit =
        new KafkaClusterTestKit.Builder(
                new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
            .setConfigProp("offsets.topic.replication.factor", "1")
            .setConfigProp("offsets.topic.num.partitions", "3")
            .setConfigProp("group.initial.rebalance.delay.ms", "0")
            .setConfigProp("group.min.session.timeout.ms", "2000")
            .build();
    kit.format();
    kit.startup();
    kit.waitForReadyBrokers();
    return new TestCluster(kit);
  }

  /** {@code host:port}. */
  public String bootstrapServers() {
    return kit.bootstrapServers();
  }

  /** Creates the topics of {@code topics} (the outbox with 6 partitions). */
  public FleetTopics topics(String outbox) {
    FleetTopics t = FleetTopics.of(outbox);
    try (Admin admin = Admin.create(KafkaClients.admin(bootstrapServers(), Map.of()))) {
      t.ensure(admin, FleetTopics.OUTBOX_PARTITIONS, (short) 1);
    }
    return t;
  }

  /** Publishes a CREATE for {@code number} as a station would; blocks for the acknowledgement. */
  public void publishCreate(String topic, String eventId, String slug, String number)
      throws Exception {
    Map<String, Object> payload =
        Map.of(
            "eventId",
            eventId,
            "trackingNumber",
            number,
            "slug",
            slug,
            "title",
            number,
            "stationId",
            "station-1",
            "operatorId",
            "op-1",
            "acceptedAt",
            "2026-12-01T10:00:00Z",
            "partnerEventCode",
            "81");
    publish(
        topic,
        number,
        JsonMapper.shared().writeValueAsBytes(payload),
        Map.of("id", eventId, "kind", "CREATE", "station", "station-1", "chain-hash", "ab12"));
  }

  /** Publishes any record; blocks for the acknowledgement. */
  public void publish(String topic, String key, byte[] value, Map<String, String> headers)
      throws Exception {
    ProducerRecord<String, byte[]> r = new ProducerRecord<>(topic, key, value);
    headers.forEach((k, v) -> r.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
    producer.send(r).get(30, TimeUnit.SECONDS);
  }

  /** Stops the producer and the cluster. */
  public void close() throws Exception {
    producer.close();
    kit.close();
  }
}
