package org.scanstation.station.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.scanstation.station.api.DeviceView;
import org.scanstation.station.api.StationStatus;

/**
 * {@code GET /health}: whether the station is alive and ready to take parcels, for a load balancer,
 * a watchdog script and people. The body says {@code live} (it answered at all), {@code ready}, and
 * a reason per part ({@link Readiness}: store, disk, scanners, printers, sync); the status is 200
 * when ready and 503 when not. {@code status} stays {@code UP}, {@code DEGRADED} (a fault or a
 * warning) or {@code DOWN} (the store cannot record). Carries no operator ids or parcel data.
 * Thread-safe.
 */
public final class HealthPage {
  private final Supplier<StationStatus> status;
  private final Readiness readiness;

  /**
   * A health page over the station's status, with the store's free-space floor in bytes and whether
   * the sync is enabled (a sync that is meant to run and does not makes the station unready).
   */
  public HealthPage(Supplier<StationStatus> status, long floorBytes, boolean syncEnabled) {
    this.status = Objects.requireNonNull(status, "status");
    this.readiness = new Readiness(floorBytes, syncEnabled);
  }

  /** Adds {@code GET /health}, for anyone, to {@code routes}. */
  public void install(RouteTable.Builder routes) {
    routes.add(Route.of("GET", "/health", Access.OPEN, this::handle));
  }

  private void handle(Exchange ex) throws IOException {
    StationStatus s = status.get();
    Map<String, HealthPart> parts = readiness.parts(s);
    boolean ready = Readiness.ready(parts);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", verdict(s));
    body.put("live", true);
    body.put("ready", ready);
    body.put("parts", parts);
    body.put("stationId", s.stationId());
    body.put("store", s.store());
    body.put("problems", problems(s));
    body.put("scanners", s.scanners());
    body.put("printers", s.printers());
    body.put("sync", s.sync() != null ? s.sync() : Map.of("running", false, "note", s.syncNote()));
    ex.json(ready ? 200 : 503, body);
  }

  /** Whether {@code s} is ready to take parcels, as {@code /health} says it (for a heartbeat). */
  public boolean ready(StationStatus s) {
    return Readiness.ready(readiness.parts(s));
  }

  static String verdict(StationStatus s) {
    if (s.store() != null && s.store().state().equals("UNAVAILABLE")) {
      return "DOWN";
    }
    return problems(s).isEmpty() ? "UP" : "DEGRADED";
  }

  /** Each thing wrong, in a line for people. */
  static List<String> problems(StationStatus s) {
    List<String> out = new ArrayList<>();
    if (s.store() != null && !s.store().state().equals("OK")) {
      out.add("store " + s.store().state() + ": " + s.store().message());
    }
    for (DeviceView d : concat(s.scanners(), s.printers())) {
      if (!d.ok()) {
        out.add(
            d.kind()
                + " "
                + d.id()
                + " "
                + d.state()
                + (d.message() == null ? "" : ": " + d.message()));
      }
    }
    if (s.sync() != null && s.sync().paused()) {
      out.add("sync paused: " + s.sync().pauseReason());
    }
    return out;
  }

  private static List<DeviceView> concat(List<DeviceView> a, List<DeviceView> b) {
    List<DeviceView> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
