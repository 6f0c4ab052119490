package org.scanstation.station.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.station.app.SupervisorPin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The pages' JSON API and the pages themselves over real HTTP: what the browser relies on. */
class PageApiIT {
  private static final String N = "9400111899223197428497";
  @TempDir Path dir;
  private TestStation station;

  @BeforeEach
  void start() {
    station = new TestStation(dir, Map.of());
  }

  @AfterEach
  void stop() {
    station.close();
  }

  private HttpResponse<String> post(String path, String json, String cookie, String pin)
      throws Exception {
    var r =
        station
            .request(path)
            .header("Content-Type", "application/json")
            .header("X-Station-Page", "1")
            .POST(BodyPublishers.ofString(json));
    if (cookie != null) {
      r.header("Cookie", cookie);
    }
    if (pin != null) {
      r.header("X-Supervisor-Pin", pin);
    }
    return station.send(r);
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

  private String signIn(String operator) throws Exception {
    HttpResponse<String> r =
        post("/ui/session", "{\"operatorId\":\"" + operator + "\"}", null, null);
    assertThat(r.statusCode()).isEqualTo(200);
    String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");
    return cookie.substring(0, cookie.indexOf(';'));
  }

  @Test
  void servesThePagesWithAStrictContentSecurityPolicyOnLoopbackOnly() throws Exception {
    HttpResponse<String> page = get("/", null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'")
        .doesNotContain("unsafe-inline");
    assertThat(page.body()).contains("<input id=\"scan\"");
    assertThat(get("/supervisor", null).body()).contains("Supervisor PIN");
    assertThat(get("/static/packer.js", null).headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/javascript");
    assertThat(get("/static/../../etc/passwd", null).statusCode()).isEqualTo(404);
    assertThat(station.station.url().getHost()).isEqualTo("127.0.0.1");
  }

  @Test
  void scansNeedASignedInOperatorAndThePageHeader() throws Exception {
    assertThat(post("/ui/scan", "{\"raw\":\"" + N + "\"}", null, null).statusCode()).isEqualTo(401);
    String cookie = signIn("ana");
    var noHeader =
        station.send(
            station
                .request("/ui/scan")
                .header("Cookie", cookie)
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"raw\":\"" + N + "\"}")));
    assertThat(noHeader.statusCode()).isEqualTo(403);
    HttpResponse<String> ok =
        post("/ui/scan", "{\"raw\":\"" + N + "\",\"source\":\"wedge\"}", cookie, null);
    assertThat(json(ok).get("result").asString()).isEqualTo("ACCEPTED");
    assertThat(json(ok).get("operatorId").asString()).isEqualTo("ana");
    JsonNode state = json(get("/ui/state", null));
    assertThat(state.get("counters").get("accepted").asInt()).isEqualTo(1);
    assertThat(state.get("recent").get(0).get("scannerId").asString()).isEqualTo("page-wedge");
  }

  @Test
  void refusesBadOperatorIdsAndHostileBodies() throws Exception {
    assertThat(post("/ui/session", "{\"operatorId\":\"<b>x</b>\"}", null, null).statusCode())
        .isEqualTo(400);
    assertThat(post("/ui/session", "not json", null, null).statusCode()).isEqualTo(400);
    String cookie = signIn("ana");
    HttpResponse<String> long_ =
        post("/ui/scan", "{\"raw\":\"" + "9".repeat(3_000) + "\"}", cookie, null);
    assertThat(json(long_).get("reason").asString()).isEqualTo("WRONG_LENGTH");
    HttpResponse<String> huge =
        post("/ui/scan", "{\"raw\":\"" + "9".repeat(100_000) + "\"}", cookie, null);
    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat(post("/ui/scan", "{}", cookie, null).statusCode()).isEqualTo(400);
  }

  @Test
  void everySupervisorActionChecksThePinOnTheServerAndFailuresAreLimitedAndAudited()
      throws Exception {
    String cookie = signIn("ana");
    post("/ui/scan", "{\"raw\":\"" + N + "\"}", cookie, null);
    assertThat(get("/ui/supervisor/parcels/" + N, null).statusCode()).isEqualTo(403);
    assertThat(
            post(
                    "/ui/supervisor/reprints",
                    "{\"trackingNumber\":\"" + N + "\",\"reason\":\"smudged\"}",
                    null,
                    "1111")
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> view = get("/ui/supervisor/parcels/" + N, TestStation.PIN);
    assertThat(view.statusCode()).isEqualTo(200);
    assertThat(json(view).get("acceptance").get("operatorId").asString()).isEqualTo("ana");
    HttpResponse<String> png = get("/ui/supervisor/parcels/" + N + "/label.png", TestStation.PIN);
    assertThat(png.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/png");
    HttpResponse<String> noReason =
        post(
            "/ui/supervisor/reprints",
            "{\"trackingNumber\":\"" + N + "\",\"reason\":\"\"}",
            null,
            TestStation.PIN);
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(json(noReason).get("error").asString()).contains("reason");

    for (int i = 0; i < SupervisorPin.MAX_FAILURES; i++) {
      get("/ui/supervisor/audit", "9999");
    }
    HttpResponse<String> locked = get("/ui/supervisor/audit", TestStation.PIN);
    assertThat(locked.statusCode()).isEqualTo(403);
    assertThat(json(locked).get("error").asString()).contains("too many wrong PINs");
    var refused =
        station.station.station().audit(100).stream()
            .filter(e -> e.type().equals("PIN_REFUSED"))
            .toList();
    // the first refusal of the window at once; the rest are counted into one row after it
    assertThat(refused)
        .singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("127.0.0.1"));
  }

  @Test
  void theLocalApiNeedsTheRunsToken() throws Exception {
    assertThat(get("/api/v1/health", null).statusCode()).isEqualTo(401);
    var wrong =
        station.send(
            station.request("/api/v1/health").header("Authorization", "Bearer nope").GET());
    assertThat(wrong.statusCode()).isEqualTo(401);
  }
}
