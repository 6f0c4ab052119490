package org.scanstation.station.sync.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.scanstation.common.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes the station's {@link Heartbeat} every {@code kafka.heartbeat-interval} on its own
 * daemon thread, keyed by station id, through the producer the outbox sink uses. Sends do not wait
 * for the broker; a failure (broker away, store unreadable, anything) is logged once when it starts
 * and once when it ends, and never stops the station or the next beat. Thread-safe.
 */
public final class HeartbeatPublisher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(HeartbeatPublisher.class);
  private static final String OK = "";

  private final StationProducer producer;
  private final String topic;
  private final byte[] key;
  private final Duration interval;
  private final Supplier<Heartbeat> beat;
  private final AtomicReference<String> trouble = new AtomicReference<>(OK);
  private volatile boolean closing;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("heartbeat"));

  /** A publisher of {@code beat} to {@code topic} as {@code stationId}; not started. */
  public HeartbeatPublisher(
      StationProducer producer,
      String topic,
      String stationId,
      Duration interval,
      Supplier<Heartbeat> beat) {
    this.producer = Objects.requireNonNull(producer, "producer");
    this.topic = Objects.requireNonNull(topic, "topic");
    this.key = stationId.getBytes(StandardCharsets.UTF_8);
    this.interval = Objects.requireNonNull(interval, "interval");
    this.beat = Objects.requireNonNull(beat, "beat");
  }

  /** Publishes one heartbeat now and then every interval. */
  public void start() {
    timer.scheduleWithFixedDelay(this::publish, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    log.info("heartbeat every {} to Kafka topic {}", interval, topic);
  }

  /** One heartbeat, sent without waiting for the broker's answer. Never throws. */
  void publish() {
    try {
      byte[] value = JsonMapper.shared().writeValueAsBytes(beat.get());
      producer
          .kafka()
          .send(
              new ProducerRecord<>(topic, key, value),
              (meta, e) -> changed(e == null ? OK : e.getClass().getSimpleName(), e));
    } catch (RuntimeException e) {
      changed(e.getClass().getSimpleName(), e);
    }
  }

  private void changed(String now, Exception e) {
    String before = trouble.getAndSet(now);
    if (before.equals(now) || closing) {
      return; // a beat cut short by the station stopping is no trouble to report
    }
    if (now.equals(OK)) {
      log.info("heartbeat: published again to {}", topic);
    } else {
      log.warn(
          "heartbeat: not published to {} ({}: {}); the station works on, trying every {}",
          topic,
          now,
          e.getMessage(),
          interval);
    }
  }

  /** Stops the beats; the producer is the sink's to close. */
  @Override
  public void close() {
    closing = true;
    timer.shutdownNow();
    try {
      timer.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
