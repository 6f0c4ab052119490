package org.scanstation.station.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.station.StationException;
import org.scanstation.station.api.ManifestCloseOutcome;
import org.scanstation.station.api.ManifestCloseRequest;
import org.scanstation.station.api.ManifestView;
import org.scanstation.station.app.RunFile;
import org.scanstation.station.domain.tracking.Mod10;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Closing manifests while a station runs: through its local API (what {@code station manifest} uses
 * then), and from the supervisor page behind the PIN; a refused PIN closes nothing.
 */
class ManifestApiIT {
  private static final String N1 = Mod10.withCheckDigit("940011189922300000051");
  private static final String N2 = Mod10.withCheckDigit("940011189922300000052");

  @TempDir Path dir;
  private TestStation station;

  @BeforeEach
  void start() {
    station = new TestStation(dir, Map.of("STATION_POLICY_UNKNOWN_SHIPMENT", "accept"));
  }

  @AfterEach
  void stop() {
    station.close();
  }

  private void accept(String n) {
    assertThat(station.station.station().accept(n, "ana", "desk").result()).isEqualTo("ACCEPTED");
  }

  private HttpResponse<String> pageClose(String pin) throws Exception {
    return station.send(
        station
            .request("/ui/supervisor/manifests")
            .header("Content-Type", "application/json")
            .header("X-Station-Page", "1")
            .header("X-Supervisor-Id", "sup")
            .header("X-Supervisor-Pin", pin)
            .POST(BodyPublishers.ofString("{}")));
  }

  @Test
  void theLocalApiClosesListsAndShowsAndAWrongPinClosesNothing() {
    accept(N1);
    RunFile run = RunFile.read(dir).orElseThrow();
    try (StationApiClient api = new StationApiClient(run.url(), run.token(), run.pid())) {
      assertThatThrownBy(
              () ->
                  api.closeManifest(
                      new ManifestCloseRequest(null, null, null, null, "sup", "1111")))
          .isInstanceOf(StationException.class);
      assertThat(api.manifests(10)).isEmpty();

      ManifestCloseOutcome out =
          api.closeManifest(
              new ManifestCloseRequest(null, null, null, null, "sup", TestStation.PIN));
      assertThat(out.closed()).isTrue();
      assertThat(api.manifests(10)).containsExactly(out.manifest());
      ManifestView view = api.manifest(out.manifest().id()).orElseThrow();
      assertThat(view.pieces()).extracting(p -> p.trackingNumber()).containsExactly(N1);
      assertThat(api.manifest("no-such-manifest")).isEmpty();

      ManifestCloseOutcome empty =
          api.closeManifest(
              new ManifestCloseRequest(null, null, null, null, "sup", TestStation.PIN));
      assertThat(empty.closed()).isFalse();
      assertThat(empty.nothingToClose()).contains("nothing to close");
    }
  }

  @Test
  void theSupervisorPageClosesBehindThePin() throws Exception {
    accept(N1);
    accept(N2);
    assertThat(pageClose("1111").statusCode()).isEqualTo(403);
    assertThat(station.station.station().manifests(10)).isEmpty();

    HttpResponse<String> r = pageClose(TestStation.PIN);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode out = JsonMapper.shared().readTree(r.body());
    assertThat(out.get("closed").asBoolean()).isTrue();
    assertThat(out.get("manifest").get("pieces").asInt()).isEqualTo(2);
    assertThat(out.get("manifest").get("closedBy").asString()).isEqualTo("sup");
  }
}
