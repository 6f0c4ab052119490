package org.scanstation.fleet.dispatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stations seen, from their heartbeats and their events. At most {@value #MAX_STATIONS}: the
 * ids come from the wire, and a flood of made-up ones must not fill the memory. Thread-safe.
 */
public final class StationBoard {
  static final int MAX_STATIONS = 10_000;
  private static final int MAX_ID = 100;
  private final Map<String, StationSeen> stations = new ConcurrentHashMap<>();

  /** Takes in one heartbeat value; one that is not the contract's JSON is ignored. */
  void heartbeat(String key, byte[] value) {
    JsonNode n;
    try {
      n = value == null ? null : JsonMapper.shared().readTree(value);
    } catch (JacksonException e) {
      return;
    }
    String id = n == null ? null : n.path("stationId").asString(key);
    if (id == null || id.isBlank() || id.length() > MAX_ID) {
      return;
    }
    List<String> printers = new ArrayList<>();
    n.path("printersFaulted").forEach(p -> printers.add(p.asString("")));
    StationSeen before = stations.get(id);
    StationSeen now =
        new StationSeen(
            id,
            instant(n.path("at").asString("")),
            n.path("ready").asBoolean(false),
            n.path("outboxPending").asLong(0),
            n.path("outboxOldestSeconds").asLong(0),
            n.path("quarantined").asLong(0),
            printers.size() > 50 ? printers.subList(0, 50) : printers,
            n.path("version").asString(null),
            before == null ? null : before.lastEventAt());
    put(id, now);
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /** Notes that an event of {@code stationId} was read at {@code at}. */
  void event(String stationId, Instant at) {
    if (stationId == null || stationId.isBlank() || stationId.length() > MAX_ID) {
      return;
    }
    StationSeen before = stations.getOrDefault(stationId, StationSeen.unknown(stationId));
    put(stationId, before.withEvent(at));
  }

  private void put(String id, StationSeen seen) {
    if (stations.size() < MAX_STATIONS || stations.containsKey(id)) {
      stations.put(id, seen);
    }
  }

  /** The stations seen, by id. */
  public List<StationSeen> all() {
    List<StationSeen> all = new ArrayList<>(stations.values());
    all.sort(Comparator.comparing(StationSeen::stationId));
    return all;
  }
}
