package org.scanstation.fleet;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.RangeAssignor;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The Kafka client settings of the fleet, in one place: keys as UTF-8 strings, values as the bytes
 * on the wire, producers idempotent with {@code acks=all}, consumers without auto-commit. Extra
 * properties (security settings, timeouts) are passed through and win. Stateless.
 */
public final class KafkaClients {
  private KafkaClients() {}

  /** For an admin client. */
  public static Map<String, Object> admin(String bootstrap, Map<String, String> extra) {
    Map<String, Object> p = new HashMap<>();
    p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.putAll(extra);
    return p;
  }

  /** For a producer that writes what a dispatcher must not lose (answers, dead letters). */
  public static Map<String, Object> producer(String bootstrap, Map<String, String> extra) {
    Map<String, Object> p = admin(bootstrap, Map.of());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    p.putAll(extra);
    return p;
  }

  /**
   * For a consumer; with a {@code group}, a member that commits by hand and is assigned partitions
   * eagerly (range): every partition is revoked from all members before any is assigned again,
   * which is what keeps the rate shares within the limit. Without a group, a reader that assigns
   * partitions itself.
   */
  public static Map<String, Object> consumer(
      String bootstrap, String group, Map<String, String> extra) {
    Map<String, Object> p = admin(bootstrap, Map.of());
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    if (group != null) {
      p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
      p.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, RangeAssignor.class.getName());
      p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 50);
    }
    p.putAll(extra);
    return p;
  }
}
