package org.scanstation.station.sync.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.scanstation.station.store.Outbox;
import org.scanstation.station.sync.BackendReply;
import org.scanstation.station.sync.OutboxSink;
import org.scanstation.station.sync.SyncOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes outbox entries to the outbox topic per the #20 contract: key the tracking number, value
 * the entry's stored JSON byte for byte, headers {@code id} (the entry's id, the idempotency key),
 * {@code kind}, {@code station} and {@code chain-hash}. An entry is Delivered only when the broker
 * acknowledged it ({@code acks=all}); any error or timeout is a Retry, so the outbox holds while
 * the broker is away. A refused login or ACL pauses the sync (every send would fail alike).
 * Delivery is at least once: a send that timed out may have been written all the same, and its
 * retry writes it again with the same {@code id}. Blocks for one send; thread-safe (the producer
 * is).
 */
public final class KafkaSink implements OutboxSink {
  private static final Logger log = LoggerFactory.getLogger(KafkaSink.class);

  private final StationProducer producer;
  private final String topic;
  private final byte[] station;
  private final AtomicBoolean reachable = new AtomicBoolean(true);

  /** A sink publishing to {@code topic} as {@code stationId}; it closes {@code producer}. */
  public KafkaSink(StationProducer producer, String topic, String stationId) {
    this.producer = Objects.requireNonNull(producer, "producer");
    this.topic = Objects.requireNonNull(topic, "topic");
    this.station = utf8(Objects.requireNonNull(stationId, "stationId"));
  }

  @Override
  public BackendReply send(Outbox.Entry entry) {
    ProducerRecord<byte[], byte[]> record = record(entry);
    Duration wait = producer.longestSend().plusSeconds(1);
    try {
      RecordMetadata m = producer.kafka().send(record).get(wait.toMillis(), TimeUnit.MILLISECONDS);
      if (!reachable.getAndSet(true)) {
        log.info("sync: Kafka acknowledges again ({}); the outbox drains", describe());
      }
      log.debug("sync: {} published at {}@{}", entry.entryId(), m.partition(), m.offset());
      return BackendReply.of(new SyncOutcome.Delivered(null));
    } catch (ExecutionException e) {
      return failed(e.getCause() != null ? e.getCause() : e);
    } catch (TimeoutException e) {
      return retry("no acknowledgement within " + wait.toMillis() + " ms");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return retry("interrupted");
    } catch (RuntimeException e) {
      // send() itself throws for a closed producer or a config fault: still the outbox's to retry
      return failed(e);
    }
  }

  /** The record of {@code entry}, per the contract. */
  ProducerRecord<byte[], byte[]> record(Outbox.Entry entry) {
    List<Header> headers =
        List.of(
            new RecordHeader("id", utf8(entry.entryId())),
            new RecordHeader("kind", utf8(entry.kind().name())),
            new RecordHeader("station", station),
            new RecordHeader(
                "chain-hash", utf8(Objects.requireNonNullElse(entry.chainHash(), ""))));
    return new ProducerRecord<>(
        topic, null, utf8(entry.trackingNumber()), utf8(entry.payload()), headers);
  }

  private BackendReply failed(Throwable t) {
    if (t instanceof AuthenticationException || t instanceof AuthorizationException) {
      return BackendReply.of(
          new SyncOutcome.Pause(
              "Kafka refused the station ("
                  + t.getClass().getSimpleName()
                  + ": "
                  + t.getMessage()
                  + "); fix the kafka.client.* security settings or the topic's ACLs for "
                  + topic));
    }
    if (t instanceof RecordTooLargeException || t instanceof InvalidTopicException) {
      return BackendReply.of(
          new SyncOutcome.Quarantine("Kafka refused the record: " + t.getMessage()));
    }
    return retry(t.getClass().getSimpleName() + ": " + t.getMessage());
  }

  private BackendReply retry(String why) {
    if (reachable.getAndSet(false)) {
      log.warn(
          "sync: Kafka does not acknowledge ({}): {}; entries wait in the outbox", describe(), why);
    }
    return BackendReply.of(new SyncOutcome.Retry("kafka: " + why));
  }

  @Override
  public String describe() {
    return "kafka topic " + topic + " at " + producer.bootstrapServers();
  }

  /** Closes the producer, waiting a little for records in flight. */
  @Override
  public void close() {
    producer.close();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
