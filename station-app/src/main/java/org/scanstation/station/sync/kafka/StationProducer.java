package org.scanstation.station.sync.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.KafkaException;
import org.scanstation.station.StationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The station's one Kafka producer, shared by the outbox sink and the heartbeat: idempotent, {@code
 * acks=all}, waits bounded by the settings. Opening it connects to nothing yet, so a broker that is
 * down does not stop the station starting. Thread-safe (Kafka's producer is).
 */
public final class StationProducer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(StationProducer.class);

  private final Producer<byte[], byte[]> kafka;
  private final String bootstrapServers;
  private final Duration longestSend;
  private final AtomicBoolean closed = new AtomicBoolean();

  /** Wraps {@code kafka}, whose sends block for at most {@code longestSend}. */
  StationProducer(Producer<byte[], byte[]> kafka, String bootstrapServers, Duration longestSend) {
    this.kafka = Objects.requireNonNull(kafka, "kafka");
    this.bootstrapServers = Objects.requireNonNull(bootstrapServers, "bootstrapServers");
    this.longestSend = Objects.requireNonNull(longestSend, "longestSend");
  }

  /**
   * The producer {@code settings} describe, as {@code stationId}. Logs the client properties' keys
   * and where each came from, never a value.
   *
   * @throws StationException when Kafka refuses the properties, naming what it said
   */
  public static StationProducer open(KafkaSettings settings, String stationId) {
    Map<String, Object> p = settings.producerProperties();
    p.putIfAbsent("client.id", "scanstation-" + stationId);
    try {
      KafkaProducer<byte[], byte[]> kafka = new KafkaProducer<>(p);
      log.info(
          "Kafka producer for {} (acks=all, idempotent); client properties: {}",
          settings.bootstrapServers(),
          settings.describeClient());
      return new StationProducer(
          kafka,
          settings.bootstrapServers(),
          settings.longestSend().orElse(Duration.ofSeconds(25)));
    } catch (KafkaException e) {
      throw new StationException(
          "Kafka refused the producer's settings: "
              + e.getMessage()
              + (e.getCause() != null ? " (" + e.getCause().getMessage() + ")" : "")
              + "; check kafka.bootstrap-servers and the kafka.client.* properties",
          e);
    }
  }

  /** The producer itself. */
  Producer<byte[], byte[]> kafka() {
    return kafka;
  }

  /** The brokers, for messages. */
  String bootstrapServers() {
    return bootstrapServers;
  }

  /** How long one send may block at most (metadata, then acknowledgement). */
  Duration longestSend() {
    return longestSend;
  }

  /** Closes the producer once, waiting up to five seconds for records in flight. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      kafka.close(Duration.ofSeconds(5));
    }
  }
}
