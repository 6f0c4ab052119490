package org.scanstation.station.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scanstation.station.web.CarrierHistory.MESSAGE_WITH_HTML;
import static org.scanstation.station.web.CarrierHistory.event;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.station.domain.carrier.CarrierTag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The supervisor's carrier read-back routes over real HTTP: PIN, shapes, escaping, strictness. */
class SupervisorTrackingIT {
  @TempDir Path dir;
  private TestStation station;
  private String unscanned;
  private String mailed;
  private Instant accepted;

  @BeforeEach
  void start() {
    station = new TestStation(dir, Map.of());
    CarrierHistory history = new CarrierHistory(station.station);
    accepted = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MILLIS);
    unscanned = history.acceptedAt("940011189922319742850", accepted);
    mailed = history.acceptedAt("940011189922319742851", accepted.plusSeconds(1));
    history.uspsSaid(
        mailed,
        CarrierTag.IN_TRANSIT,
        event(mailed, accepted.plusSeconds(3600), "03", CarrierTag.IN_TRANSIT, "Accepted"),
        event(mailed, accepted.plusSeconds(7200), "10", CarrierTag.IN_TRANSIT, MESSAGE_WITH_HTML));
  }

  @AfterEach
  void stop() {
    station.close();
  }

  private HttpResponse<String> get(String path, String pin) throws Exception {
    var r = station.request(path).GET();
    if (pin != null) {
      r.header("X-Supervisor-Pin", pin);
    }
    return station.send(r);
  }

  private static JsonNode json(HttpResponse<String> r) {
    return JsonMapper.shared().readTree(r.body());
  }

  @Test
  void withoutThePinNeitherTheReportNorATimelineIsGiven() throws Exception {
    HttpResponse<String> report = get("/ui/supervisor/unscanned", null);
    HttpResponse<String> timeline = get("/ui/supervisor/parcels/" + mailed + "/tracking", "0000");

    assertThat(report.statusCode()).isEqualTo(403);
    assertThat(report.body()).doesNotContain(unscanned);
    assertThat(timeline.statusCode()).isEqualTo(403);
    assertThat(timeline.body()).doesNotContain("Accepted");
  }

  @Test
  void theReportListsTheParcelUspsNeverScannedWithItsAgeBand() throws Exception {
    HttpResponse<String> r = get("/ui/supervisor/unscanned?older-than=24h", TestStation.PIN);

    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode report = json(r);
    assertThat(report.get("olderThan").asString()).isEqualTo("PT24H");
    assertThat(report.get("parcels")).hasSize(1);
    JsonNode p = report.get("parcels").get(0);
    assertThat(p.get("trackingNumber").asString()).isEqualTo(unscanned);
    assertThat(p.get("acceptedAt").asString()).isEqualTo(accepted.toString());
    assertThat(p.get("ageSeconds").asLong()).isGreaterThanOrEqualTo(2 * 86_400);
    assertThat(p.get("operatorId").asString()).isEqualTo("ana");
    assertThat(report.get("byAge").get("1-3d").asLong()).isEqualTo(1);
    assertThat(report.get("byAge").get("<4h").asLong()).isZero();
    assertThat(report.get("anomalies").isArray()).isTrue();
  }

  @Test
  void aReportOfOlderParcelsLeavesOutTheYoungerOnesButKeepsTheirCounts() throws Exception {
    JsonNode report = json(get("/ui/supervisor/unscanned?older-than=3d", TestStation.PIN));

    assertThat(report.get("parcels")).isEmpty();
    assertThat(report.get("byAge").get("1-3d").asLong()).isEqualTo(1);
  }

  @Test
  void aBadOrUnknownQueryIsRefusedNamingIt() throws Exception {
    HttpResponse<String> bad =
        get("/ui/supervisor/unscanned?older-than=yesterday", TestStation.PIN);
    HttpResponse<String> zero = get("/ui/supervisor/unscanned?older-than=0s", TestStation.PIN);
    HttpResponse<String> other = get("/ui/supervisor/unscanned?limit=5", TestStation.PIN);

    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).get("error").asString()).contains("older-than").contains("2h");
    assertThat(zero.statusCode()).isEqualTo(400);
    assertThat(other.statusCode()).isEqualTo(400);
    assertThat(other.body()).contains("limit");
  }

  @Test
  void theTimelineMarksTheProofOfMailingAndKeepsACarrierMessageAsJsonText() throws Exception {
    HttpResponse<String> r = get("/ui/supervisor/parcels/" + mailed + "/tracking", TestStation.PIN);

    assertThat(r.statusCode()).isEqualTo(200);
    // JSON the browser never sniffs as HTML, the quote and backslash escaped, the text intact.
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(r.body()).contains("\\\"x\\\\y");
    JsonNode t = json(r);
    assertThat(t.get("mailedCode").asString()).isEqualTo("03");
    assertThat(t.get("mailedAt").asString()).isEqualTo(accepted.plusSeconds(3600).toString());
    JsonNode timeline = t.get("timeline");
    assertThat(timeline.get(0).get("source").asString()).isEqualTo("STATION");
    assertThat(timeline.get(1).get("proof").asString()).isEqualTo("MAILING");
    assertThat(timeline.get(2).get("detail").asString()).isEqualTo(MESSAGE_WITH_HTML);
  }

  @Test
  void aParcelNeverAcceptedHasNoTimeline() throws Exception {
    HttpResponse<String> r =
        get("/ui/supervisor/parcels/9400111899223197428497/tracking", TestStation.PIN);

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(json(r).get("error").asString()).contains("9400111899223197428497");
  }

  @Test
  void thePackerPagesStatusCountsTheParcelsOverADayWithoutTheirNumbers() throws Exception {
    HttpResponse<String> r = get("/ui/state", null);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r).get("health").get("unscannedOverDay").asLong()).isEqualTo(1);
    assertThat(r.body()).doesNotContain(unscanned);
  }
}
