package org.scanstation.station.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.scanstation.station.api.DeviceView;
import org.scanstation.station.api.StationStatus;
import org.scanstation.station.api.StoreView;

/**
 * Whether the station is ready to take parcels, part by part: the store writable, its disk above
 * the floor ({@code store.free-space-min}), every configured scanner connected, every configured
 * printer working, and the sync running when it is enabled. Pure; thread-safe.
 */
final class Readiness {
  private final long floorBytes;
  private final boolean syncEnabled;

  Readiness(long floorBytes, boolean syncEnabled) {
    this.floorBytes = floorBytes;
    this.syncEnabled = syncEnabled;
  }

  /** Each part by name, in a fixed order. */
  Map<String, HealthPart> parts(StationStatus s) {
    Map<String, HealthPart> parts = new LinkedHashMap<>();
    parts.put("store", store(s.store()));
    parts.put("disk", disk(s.store()));
    parts.put("scanners", devices("scanner", s.scanners()));
    parts.put("printers", devices("printer", s.printers()));
    parts.put("sync", sync(s));
    return parts;
  }

  static boolean ready(Map<String, HealthPart> parts) {
    return parts.values().stream().allMatch(HealthPart::ok);
  }

  private static HealthPart store(StoreView v) {
    if (v == null) {
      return new HealthPart(false, "the store is not open yet");
    }
    boolean ok = !v.state().equals("UNAVAILABLE");
    return new HealthPart(ok, v.message() != null ? v.message() : "writable");
  }

  private HealthPart disk(StoreView v) {
    if (v == null || v.freeBytes() < 0) {
      return new HealthPart(true, "free space not known");
    }
    String free = v.freeBytes() + " bytes free, floor " + floorBytes + " (store.free-space-min)";
    return v.freeBytes() >= floorBytes
        ? new HealthPart(true, free)
        : new HealthPart(false, free + ": free space on the disk of " + v.path());
  }

  private static HealthPart devices(String kind, List<DeviceView> all) {
    if (all.isEmpty()) {
      return new HealthPart(true, "no " + kind + " configured");
    }
    List<DeviceView> bad = all.stream().filter(d -> !d.ok()).toList();
    if (bad.isEmpty()) {
      return new HealthPart(true, all.size() + " working");
    }
    return new HealthPart(
        false,
        bad.stream()
            .map(d -> d.id() + " " + d.state() + (d.message() == null ? "" : ": " + d.message()))
            .collect(Collectors.joining("; ")));
  }

  private HealthPart sync(StationStatus s) {
    if (!syncEnabled) {
      return new HealthPart(true, "disabled (sync.enabled=false)");
    }
    if (s.sync() == null) {
      return new HealthPart(false, "not running: " + s.syncNote());
    }
    if (s.sync().paused()) {
      return new HealthPart(false, "paused: " + s.sync().pauseReason());
    }
    return new HealthPart(true, s.sync().pending() + " pending");
  }
}
