package org.scanstation.station.sync.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.scanstation.station.api.DeviceView;
import org.scanstation.station.api.StationStatus;
import org.scanstation.station.store.Outbox;

/**
 * The station's heartbeat on {@code kafka.heartbeat-topic}, as the #20 contract names its members
 * (readers ignore members they do not know). Counts are -1 when the store could not say.
 *
 * @param stationId this station
 * @param at when it was taken, ISO-8601 UTC
 * @param ready whether the station takes parcels ({@code /health}'s readiness)
 * @param outboxPending entries not yet delivered
 * @param outboxOldestSeconds age of the oldest pending entry, 0 when none
 * @param quarantined entries waiting for a person
 * @param printersFaulted ids of the printers that do not work
 * @param version the station's version
 */
public record Heartbeat(
    String stationId,
    String at,
    boolean ready,
    long outboxPending,
    long outboxOldestSeconds,
    long quarantined,
    List<String> printersFaulted,
    String version) {

  /** Copies the list. */
  public Heartbeat {
    printersFaulted = List.copyOf(printersFaulted);
  }

  /**
   * The heartbeat of {@code status} at {@code now}.
   *
   * @param stats the outbox's figures, or null when the store cannot answer
   */
  public static Heartbeat of(
      StationStatus status, boolean ready, Outbox.Stats stats, Instant now, String version) {
    List<String> faulted =
        status.printers().stream().filter(p -> !p.ok()).map(DeviceView::id).toList();
    long oldest =
        stats == null
            ? -1
            : stats.oldestPending() == null
                ? 0
                : Math.max(0, Duration.between(stats.oldestPending(), now).toSeconds());
    return new Heartbeat(
        status.stationId(),
        now.toString(),
        ready && stats != null,
        stats == null ? -1 : stats.pending(),
        oldest,
        stats == null ? -1 : stats.quarantined(),
        faulted,
        version);
  }
}
