package org.scanstation.station.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.station.app.LocalStation;
import org.scanstation.station.domain.tracking.Mod10;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The overview's JSON over real HTTP: behind the supervisor PIN like every supervisor route, never
 * to a page of another site even with the PIN, and counting a running station's scans, refusals
 * included once the refusal log has written them.
 */
class OverviewApiIT {
  @TempDir Path dir;
  private TestStation station;
  private LocalStation local;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    station = new TestStation(dir, Map.of());
    local = station.station.station();
  }

  @AfterEach
  void stop() {
    station.close();
  }

  private HttpResponse<String> get(String pin, String... headers) throws Exception {
    HttpRequest.Builder b = station.request("/ui/supervisor/overview");
    if (pin != null) {
      b.header("X-Supervisor-Pin", pin);
    }
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void withoutTheRightPinOrFromAnotherSiteTheOverviewSaysNothing() throws Exception {
    local.accept(Mod10.withCheckDigit("940011189922300000071"), "ana", "desk-1");

    for (HttpResponse<String> r :
        List.of(get(null), get("1111"), get(TestStation.PIN, "Origin", "http://evil.example"))) {
      assertThat(r.statusCode()).isEqualTo(403);
      assertThat(r.body()).doesNotContain("\"accepted\"").doesNotContain("desk-1");
    }
  }

  @Test
  void theOverviewCountsTheRunningStationsScansAndItsOutbox() throws Exception {
    local.accept(Mod10.withCheckDigit("940011189922300000071"), "ana", "desk-1");
    local.accept(Mod10.withCheckDigit("940011189922300000071"), "ana", "desk-1");
    local.accept("9400", "bob", "desk-2");

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              HttpResponse<String> r = get(TestStation.PIN);
              assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
              JsonNode o = JsonMapper.shared().readTree(r.body());
              JsonNode shift = o.get("shift");
              assertThat(shift.get("accepted").asLong()).isEqualTo(1);
              assertThat(shift.get("duplicates").asLong()).isEqualTo(1);
              assertThat(shift.get("rejected").asLong()).isEqualTo(1);
              assertThat(shift.get("rejectedByReason").get("WRONG_LENGTH").asLong()).isEqualTo(1);
              assertThat(shift.get("hours")).hasSize(2);
              assertThat(o.get("outbox").get("pending").asLong()).isEqualTo(1);
            });
  }
}
