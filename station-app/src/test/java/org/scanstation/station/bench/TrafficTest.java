package org.scanstation.station.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scanstation.simulator.backend.ReceivedRequest;

class TrafficTest {
  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
  private static final String BASE = "/tracking/2024-04";

  private static ReceivedRequest at(long millis, String method, String path, int status) {
    return new ReceivedRequest(
        T0.plusMillis(millis), method, BASE + path, "", Map.of(), "", status, 0);
  }

  @Test
  void onlyCreatesAnswered201CountAsCreates() {
    List<ReceivedRequest> log =
        List.of(
            at(0, "POST", "/trackings", 201),
            at(1, "POST", "/trackings", 429),
            at(2, "POST", "/trackings", 400),
            at(3, "POST", "/trackings/abc/retrack", 200),
            at(4, "DELETE", "/trackings/abc", 200));
    Traffic t = Traffic.of(log, T0, T0.plusSeconds(1));
    assertEquals(1, t.creates());
    assertEquals(5, t.requests());
    assertEquals(1, t.limited());
  }

  @Test
  void readsAndTheir429sAreCountedAmongAllRequests() {
    List<ReceivedRequest> log =
        List.of(
            at(0, "GET", "/trackings", 200),
            at(1, "GET", "/trackings", 429),
            at(2, "POST", "/trackings", 201),
            at(3, "POST", "/trackings", 201));
    Traffic t = Traffic.of(log, T0, T0.plusSeconds(1));
    assertEquals(2, t.reads());
    assertEquals(25.0, t.limitedPercent(), 1e-9);
  }

  @Test
  void theStretchIncludesItsStartAndExcludesItsEnd() {
    List<ReceivedRequest> log =
        List.of(
            at(-1, "POST", "/trackings", 201),
            at(0, "POST", "/trackings", 201),
            at(1_999, "POST", "/trackings", 201),
            at(2_000, "POST", "/trackings", 201));
    Traffic t = Traffic.of(log, T0, T0.plusSeconds(2));
    assertEquals(2, t.creates());
    assertEquals(1.0, t.createsPerSecond(), 1e-9);
  }

  @Test
  void anEmptyStretchHasNoRateAndNo429s() {
    Traffic t = Traffic.of(List.of(), T0, T0);
    assertEquals(0, t.createsPerSecond());
    assertEquals(0, t.limitedPercent());
  }
}
