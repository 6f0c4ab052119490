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
 * {@code GET /health}: whether the station can take parcels, for monitoring and for people. 200
 * with {@code UP} or {@code DEGRADED} (a device fault, low disk space, sync paused: scans are still
 * recorded), 503 with {@code DOWN} when the store cannot record anything. Carries no operator ids
 * or parcel data. Thread-safe.
 */
public final class HealthPage {
  private final Supplier<StationStatus> status;

  /** A health page over the station's status. */
  public HealthPage(Supplier<StationStatus> status) {
    this.status = Objects.requireNonNull(status, "status");
  }

  /** Adds {@code GET /health}, for anyone, to {@code routes}. */
  public void install(RouteTable.Builder routes) {
    routes.add(Route.of("GET", "/health", Access.OPEN, this::handle));
  }

  private void handle(Exchange ex) throws IOException {
    StationStatus s = status.get();
    String verdict = verdict(s);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", verdict);
    body.put("stationId", s.stationId());
    body.put("store", s.store());
    body.put("problems", problems(s));
    body.put("scanners", s.scanners());
    body.put("printers", s.printers());
    body.put("sync", s.sync() != null ? s.sync() : Map.of("running", false, "note", s.syncNote()));
    ex.json(verdict.equals("DOWN") ? 503 : 200, body);
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
