package org.scanstation.fleet.simulate;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.scanstation.fleet.FleetTopics;
import org.scanstation.station.StationException;
import org.scanstation.station.api.AcceptOutcome;
import org.scanstation.station.app.RunningStation;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.tracking.Mod10;

/**
 * One real station as {@code station run} builds it (its own Derby store in its own directory, its
 * sync job with {@code sync.sink=kafka}, its heartbeat), whose scans go through the real acceptance
 * path. Thread-safe: {@link #scanNext} may be called from any thread, one at a time.
 */
final class SimulatedStation implements AutoCloseable {
  private final int index;
  private final int parcels;
  private final RunningStation running;
  private final AtomicInteger scanned = new AtomicInteger();
  private final Set<String> accepted = ConcurrentHashMap.newKeySet();

  private SimulatedStation(int index, int parcels, RunningStation running) {
    this.index = index;
    this.parcels = parcels;
    this.running = running;
  }

  /** Opens the store in {@code dataDir} and starts the station; blocks until it runs. */
  static SimulatedStation start(
      int index, int parcels, Path dataDir, String bootstrap, FleetTopics topics) {
    Map<String, String> env = env(id(index), bootstrap, topics);
    return new SimulatedStation(
        index, parcels, RunningStation.start(dataDir, StationConfig.load(null, env), env));
  }

  private static Map<String, String> env(String id, String bootstrap, FleetTopics topics) {
    Map<String, String> env = new HashMap<>();
    env.put("STATION_STATION_ID", id);
    env.put("STATION_HTTP_PORT", "0");
    env.put("STATION_SUPERVISOR_PIN", "2468");
    env.put("STATION_TRACKING_ENABLED", "false");
    env.put("STATION_SYNC_SINK", "kafka");
    env.put("STATION_KAFKA_BOOTSTRAP_SERVERS", bootstrap);
    env.put("STATION_KAFKA_TOPIC", topics.outbox());
    env.put("STATION_KAFKA_HEARTBEAT_TOPIC", topics.heartbeat());
    env.put("STATION_KAFKA_HEARTBEAT_INTERVAL", "5s");
    return env;
  }

  static String id(int index) {
    return String.format("sim-%02d", index);
  }

  /** The tracking number of this station's parcel {@code n}: a USPS number, unique in the run. */
  String number(int n) {
    return Mod10.withCheckDigit(String.format("9400111899%05d%06d", index, n));
  }

  /**
   * Scans the next parcel through the acceptance path; blocks for its transaction.
   *
   * @return false once every parcel has been scanned
   */
  boolean scanNext() {
    int n = scanned.incrementAndGet();
    if (n > parcels) {
      return false;
    }
    try {
      AcceptOutcome a = running.station().accept(number(n), "op-" + index, "desk-" + index);
      if ("ACCEPTED".equals(a.result())) {
        accepted.add(a.trackingNumber());
      }
    } catch (StationException e) {
      // counted as not sent: a scan the station refused is not the fleet's to deliver
    }
    return n < parcels;
  }

  /** The numbers this station accepted so far. */
  Set<String> accepted() {
    return Set.copyOf(accepted);
  }

  /** How many accepted entries the broker acknowledged; -1 when the store cannot answer. */
  long published() {
    try {
      return running.station().outboxStats().delivered();
    } catch (StationException e) {
      return -1;
    }
  }

  /** Stops the station; its store closes last. */
  @Override
  public void close() {
    running.close();
  }
}
