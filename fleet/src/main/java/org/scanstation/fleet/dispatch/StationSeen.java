package org.scanstation.fleet.dispatch;

import java.time.Instant;
import java.util.List;

/**
 * One station as the fleet has seen it: its last heartbeat and the last event of it the dispatcher
 * read. Every text came from the wire: escape it before showing it.
 *
 * @param stationId the station's id
 * @param heartbeatAt when it last said it was alive (its own clock), or null
 * @param ready whether it said it was ready
 * @param outboxPending entries it still holds for the backend (its backlog)
 * @param outboxOldestSeconds age of its oldest held entry
 * @param quarantined entries it holds for a person to look at
 * @param printersFaulted ids of its printers in fault
 * @param version its software version
 * @param lastEventAt when the dispatcher last read one of its events, or null
 */
public record StationSeen(
    String stationId,
    Instant heartbeatAt,
    boolean ready,
    long outboxPending,
    long outboxOldestSeconds,
    long quarantined,
    List<String> printersFaulted,
    String version,
    Instant lastEventAt) {
  /** Copies the printer list. */
  public StationSeen {
    printersFaulted = List.copyOf(printersFaulted);
  }

  StationSeen withEvent(Instant at) {
    return new StationSeen(
        stationId,
        heartbeatAt,
        ready,
        outboxPending,
        outboxOldestSeconds,
        quarantined,
        printersFaulted,
        version,
        at);
  }

  static StationSeen unknown(String stationId) {
    return new StationSeen(stationId, null, false, 0, 0, 0, List.of(), null, null);
  }
}
