package org.scanstation.fleet.view;

import java.time.Instant;
import java.util.List;
import org.scanstation.fleet.dispatch.CallMeter;
import org.scanstation.fleet.dispatch.Dispatcher;
import org.scanstation.fleet.dispatch.StationSeen;

/**
 * What the fleet view shows, as {@code /fleet.json} serves it.
 *
 * @param at when it was taken
 * @param group the dispatchers' consumer group
 * @param limit the organisation's rate limit, requests a second
 * @param share this dispatcher's share of it now
 * @param owned the outbox partitions this dispatcher owns
 * @param counts this dispatcher's calls, 429s, skips, quarantined and dead entries
 * @param lag the group's lag per partition
 * @param stations the stations seen
 */
public record FleetSnapshot(
    String at,
    String group,
    double limit,
    double share,
    List<Integer> owned,
    CallMeter.Counts counts,
    List<PartitionLag> lag,
    List<Station> stations) {

  /**
   * One station, its times as ISO-8601 text.
   *
   * @param stationId its id (from the wire)
   * @param lastEventAt when the dispatcher last read one of its events
   * @param heartbeatAt its last heartbeat
   * @param ready whether it said it was ready
   * @param backlog entries it still holds
   * @param oldestSeconds age of its oldest held entry
   * @param quarantined entries it holds for a person
   * @param printersFaulted its printers in fault
   * @param version its software version
   */
  public record Station(
      String stationId,
      String lastEventAt,
      String heartbeatAt,
      boolean ready,
      long backlog,
      long oldestSeconds,
      long quarantined,
      List<String> printersFaulted,
      String version) {}

  static FleetSnapshot of(Dispatcher d, List<PartitionLag> lag, Instant now) {
    List<Station> stations = d.stations().stream().map(FleetSnapshot::station).toList();
    return new FleetSnapshot(
        now.toString(),
        d.settings().group(),
        d.settings().rateLimit(),
        d.share(),
        d.owned(),
        d.counts(),
        lag,
        stations);
  }

  private static Station station(StationSeen s) {
    return new Station(
        s.stationId(),
        s.lastEventAt() == null ? null : s.lastEventAt().toString(),
        s.heartbeatAt() == null ? null : s.heartbeatAt().toString(),
        s.ready(),
        s.outboxPending(),
        s.outboxOldestSeconds(),
        s.quarantined(),
        s.printersFaulted(),
        s.version());
  }
}
