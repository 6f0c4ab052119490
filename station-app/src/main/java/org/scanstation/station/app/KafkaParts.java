package org.scanstation.station.app;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.scanstation.station.config.Setting;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.ratelimit.RateGate;
import org.scanstation.station.store.Outbox;
import org.scanstation.station.store.StationStore;
import org.scanstation.station.sync.SyncJob;
import org.scanstation.station.sync.kafka.Heartbeat;
import org.scanstation.station.sync.kafka.HeartbeatPublisher;
import org.scanstation.station.sync.kafka.KafkaSettings;
import org.scanstation.station.sync.kafka.KafkaSink;
import org.scanstation.station.sync.kafka.StationProducer;

/**
 * The Kafka sink's parts, for {@link StationAssembly} ({@code sync.sink=kafka}): one producer, made
 * with the first sync job, that the job's sink and the heartbeat share and the job closes. Builds
 * nothing until asked. Thread-safe.
 */
final class KafkaParts {
  /**
   * Sends in flight to Kafka: each waits for its acknowledgement and the producer batches what
   * waits together, so more in flight is more throughput; there is no rate limit to keep.
   */
  static final int IN_FLIGHT = 32;

  /** A gate that never holds a Kafka send back: the backend's limit is the dispatchers' to keep. */
  static final double UNPACED = 1_000_000;

  private final StationConfig config;
  private final Clock clock;
  private KafkaSettings settings;
  private StationProducer producer;

  KafkaParts(StationConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  /**
   * The sync job into Kafka: no gate to speak of, many sends in flight, the producer closed with
   * the job.
   *
   * @throws org.scanstation.station.StationException naming the Kafka setting that is wrong
   */
  SyncJob sync(StationStore store) {
    SyncJob.Settings d = SyncJob.Settings.DEFAULT;
    StationProducer p = producer(d.lease());
    return new SyncJob(
        new Outbox(store, clock),
        new KafkaSink(p, settings.topic(), config.get(Setting.STATION_ID)),
        new RateGate(UNPACED, clock),
        SyncJob.RETRY_BACKOFF,
        clock,
        new SyncJob.Settings(
            IN_FLIGHT,
            IN_FLIGHT * 4,
            d.lease(),
            d.idlePoll(),
            d.pauseProbe(),
            config.duration(Setting.SYNC_KEEP_DELIVERED)));
  }

  /** The heartbeat on the sync's producer, once a sync job made one; not started. */
  synchronized Optional<HeartbeatPublisher> heartbeat(Supplier<Heartbeat> beat) {
    if (producer == null) {
      return Optional.empty();
    }
    return Optional.of(
        new HeartbeatPublisher(
            producer,
            settings.heartbeatTopic(),
            config.get(Setting.STATION_ID),
            settings.heartbeatInterval(),
            beat));
  }

  private synchronized StationProducer producer(Duration claim) {
    if (producer == null) {
      settings = KafkaSettings.from(config, claim);
      producer = StationProducer.open(settings, config.get(Setting.STATION_ID));
    }
    return producer;
  }
}
