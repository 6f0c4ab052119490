package org.scanstation.station.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.simulator.backend.BackendSettings;
import org.scanstation.simulator.backend.SimulatedBackend;
import org.scanstation.simulator.backend.Tracking;
import org.scanstation.station.StationException;
import org.scanstation.station.api.CompleteRequest;
import org.scanstation.station.api.VoidOutcome;
import org.scanstation.station.api.VoidRequest;
import org.scanstation.station.app.RunFile;
import org.scanstation.station.domain.tracking.Mod10;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Void and mark-as-completed as the supervisor page does them, on a running station whose sync job
 * talks to the simulated backend over real HTTP: the PIN is checked on the server, a refused
 * request changes nothing, and the backend shows the result.
 */
class SupervisorActionsPageIT {
  private static final String N1 = Mod10.withCheckDigit("940011189922300000041");
  private static final String N2 = Mod10.withCheckDigit("940011189922300000042");

  @TempDir Path dir;
  private SimulatedBackend backend;
  private TestStation station;
  private String cookie;

  @BeforeEach
  void start() throws Exception {
    backend =
        SimulatedBackend.start(
            InetAddress.getLoopbackAddress(), 0, BackendSettings.withApiKey("k-1"));
    station =
        new TestStation(
            dir,
            Map.of(
                "STATION_SYNC_ENABLED", "true",
                "STATION_BACKEND_URL", backend.baseUri().toString(),
                "STATION_BACKEND_API_KEY", "k-1"));
    HttpResponse<String> r = post("/ui/session", "{\"operatorId\":\"ana\"}", null);
    String set = r.headers().firstValue("Set-Cookie").orElseThrow();
    cookie = set.substring(0, set.indexOf(';'));
  }

  @AfterEach
  void stop() {
    station.close();
    backend.close();
  }

  private HttpResponse<String> post(String path, String json, String pin) throws Exception {
    var r =
        station
            .request(path)
            .header("Content-Type", "application/json")
            .header("X-Station-Page", "1")
            .header("X-Supervisor-Id", "sup")
            .POST(BodyPublishers.ofString(json));
    if (cookie != null) {
      r.header("Cookie", cookie);
    }
    if (pin != null) {
      r.header("X-Supervisor-Pin", pin);
    }
    return station.send(r);
  }

  private JsonNode parcel(String n) throws Exception {
    HttpResponse<String> r =
        station.send(
            station
                .request("/ui/supervisor/parcels/" + n)
                .header("X-Supervisor-Pin", TestStation.PIN)
                .GET());
    assertThat(r.statusCode()).isEqualTo(200);
    return JsonMapper.shared().readTree(r.body());
  }

  private void scanAndSync(String n) {
    assertThat(station.station.station().accept(n, "ana", "desk").result()).isEqualTo("ACCEPTED");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> backend.trackings().stream().anyMatch(t -> t.trackingNumber().equals(n)));
  }

  private static String voidBody(String n, String reason) {
    return "{\"trackingNumber\":\"" + n + "\",\"reason\":\"" + reason + "\"}";
  }

  @Test
  void aWrongOrMissingPinIsRefusedAndChangesNothing() throws Exception {
    scanAndSync(N1);
    assertThat(post("/ui/supervisor/voids", voidBody(N1, "pulled back"), null).statusCode())
        .isEqualTo(403);
    assertThat(post("/ui/supervisor/voids", voidBody(N1, "pulled back"), "1111").statusCode())
        .isEqualTo(403);
    String complete = "{\"trackingNumber\":\"" + N1 + "\",\"as\":\"LOST\",\"reason\":\"gone\"}";
    assertThat(post("/ui/supervisor/completions", complete, "1111").statusCode()).isEqualTo(403);

    JsonNode p = parcel(N1);
    assertThat(p.get("voided").isNull()).isTrue();
    assertThat(p.get("completed").isNull()).isTrue();
    assertThat(station.station.station().verify().checked()).isEqualTo(1);
    assertThat(backend.trackings()).hasSize(1);
    assertThat(backend.received()).hasSize(1); // the create, nothing more
  }

  @Test
  void theBodyIsStrictAndTheReasonRequiredAndBounded() throws Exception {
    scanAndSync(N1);
    String extra = "{\"trackingNumber\":\"" + N1 + "\",\"reason\":\"pulled back\",\"pin\":\"x\"}";
    assertThat(post("/ui/supervisor/voids", extra, TestStation.PIN).statusCode()).isEqualTo(400);
    HttpResponse<String> empty = post("/ui/supervisor/voids", voidBody(N1, ""), TestStation.PIN);
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("reason");
    String tooLong = voidBody(N1, "x".repeat(501));
    assertThat(post("/ui/supervisor/voids", tooLong, TestStation.PIN).statusCode()).isEqualTo(400);
    String stolen = "{\"trackingNumber\":\"" + N1 + "\",\"as\":\"STOLEN\",\"reason\":\"gone\"}";
    assertThat(post("/ui/supervisor/completions", stolen, TestStation.PIN).statusCode())
        .isEqualTo(400);
    assertThat(parcel(N1).get("voided").isNull()).isTrue();
  }

  @Test
  void aVoidFromThePageDeletesTheTrackingAndAMarkAsCompletedReachesTheBackend() throws Exception {
    scanAndSync(N1);
    scanAndSync(N2);
    HttpResponse<String> v =
        post("/ui/supervisor/voids", voidBody(N1, "<b>pulled</b> back"), TestStation.PIN);
    assertThat(v.statusCode()).as(v.body()).isEqualTo(200);
    assertThat(JsonMapper.shared().readTree(v.body()).get("seq").asLong()).isEqualTo(3);
    String complete =
        "{\"trackingNumber\":\"" + N2 + "\",\"as\":\"DELIVERED\",\"reason\":\"signed for\"}";
    assertThat(post("/ui/supervisor/completions", complete, TestStation.PIN).statusCode())
        .isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                backend.trackings().size() == 1
                    && backend.trackings().get(0).tag().equals("Delivered"));
    Tracking left = backend.trackings().get(0);
    assertThat(left.trackingNumber()).isEqualTo(N2);
    JsonNode p = parcel(N1);
    assertThat(p.get("voided").get("by").asString()).isEqualTo("sup");
    assertThat(p.get("voided").get("reason").asString()).isEqualTo("<b>pulled</b> back");
    assertThat(parcel(N2).get("completed").get("as").asString()).isEqualTo("DELIVERED");
    assertThat(station.station.station().verify().intact()).isTrue();
    var again = station.station.station().accept(N1, "ana", "desk");
    assertThat(again.reason()).isEqualTo("VOIDED");
  }

  @Test
  void commandsReachTheRunningStationThroughItsLocalApiWithThePinInTheBody() throws Exception {
    scanAndSync(N1);
    scanAndSync(N2);
    RunFile run = RunFile.read(dir).orElseThrow();
    try (StationApiClient api = new StationApiClient(run.url(), run.token(), run.pid())) {
      assertThatThrownBy(
              () -> api.voidAcceptance(new VoidRequest(N1, "pulled back", "sup", "1111")))
          .isInstanceOf(StationException.class);
      assertThat(parcel(N1).get("voided").isNull()).isTrue();
      VoidOutcome v =
          api.voidAcceptance(new VoidRequest(N1, "pulled back", "sup", TestStation.PIN));
      assertThat(v.backend()).isEqualTo("DELETE_QUEUED");
      api.complete(new CompleteRequest(N2, "LOST", "never arrived", "sup", TestStation.PIN));
    }
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                backend.trackings().size() == 1
                    && backend.trackings().get(0).subtag().equals("Exception_013"));
    assertThat(parcel(N1).get("voided").get("by").asString()).isEqualTo("sup");
  }

  @Test
  void theSupervisorPageHasTheVoidAndCompleteFormsAndShowsTextNotMarkup() throws Exception {
    String page = station.send(station.request("/supervisor").GET()).body();
    assertThat(page).contains("id=\"void-form\"").contains("id=\"complete-form\"");
    String js = station.send(station.request("/static/supervisor.js").GET()).body();
    assertThat(js).contains("'voids'").contains("'completions'").doesNotContain("innerHTML");
  }
}
