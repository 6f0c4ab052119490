package org.scanstation.station.app;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import org.scanstation.station.StationException;
import org.scanstation.station.api.StationStatus;
import org.scanstation.station.store.Outbox;
import org.scanstation.station.sync.kafka.Heartbeat;
import org.scanstation.station.web.HealthPage;

/**
 * Takes a running station's heartbeat: its status, {@code /health}'s readiness, the outbox's
 * figures (read now, so a quarantine shows at once) and the version. Thread-safe.
 */
final class StationHeartbeat implements Supplier<Heartbeat> {
  private final Supplier<StationStatus> status;
  private final HealthPage health;
  private final Outbox outbox;
  private final Clock clock;
  private final String version;

  StationHeartbeat(Supplier<StationStatus> status, HealthPage health, Outbox outbox, Clock clock) {
    this.status = Objects.requireNonNull(status, "status");
    this.health = Objects.requireNonNull(health, "health");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.clock = Objects.requireNonNull(clock, "clock");
    String v = StationHeartbeat.class.getPackage().getImplementationVersion();
    this.version = v != null ? v : "development build";
  }

  @Override
  public Heartbeat get() {
    StationStatus s = status.get();
    Outbox.Stats stats;
    try {
      stats = outbox.stats();
    } catch (StationException e) {
      stats = null; // the store cannot answer: the beat says so with -1 and not ready
    }
    return Heartbeat.of(s, health.ready(s), stats, clock.instant(), version);
  }
}
