package org.scanstation.station.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.station.app.RunFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * Over real HTTP, a request the station does not understand is refused with a message naming what
 * is wrong instead of being half-understood: a misspelt body field, an unknown or repeated query
 * parameter, an unknown path (404), a known path with another method (405 and {@code Allow}).
 */
class StrictRequestsIT {
  private static final String N = "9400111899223197428497";
  @TempDir Path dir;
  private TestStation station;
  private String token;

  @BeforeEach
  void start() {
    station = new TestStation(dir, Map.of());
    token = RunFile.read(dir).orElseThrow().token();
  }

  @AfterEach
  void stop() {
    station.close();
  }

  private HttpResponse<String> page(String method, String path, String json) throws Exception {
    return station.send(
        station
            .request(path)
            .header("X-Station-Page", "1")
            .header("X-Supervisor-Pin", TestStation.PIN)
            .method(
                method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json)));
  }

  private HttpResponse<String> api(String method, String path, String json) throws Exception {
    return station.send(
        station
            .request(path)
            .header("Authorization", "Bearer " + token)
            .method(
                method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json)));
  }

  private static String error(HttpResponse<String> r) {
    return JsonMapper.shared().readTree(r.body()).get("error").asString();
  }

  @Test
  void aMisspeltFieldInASignInIsA400NamingItAndNobodyIsSignedIn() throws Exception {
    HttpResponse<String> r = page("POST", "/ui/session", "{\"operatorID\":\"ana\"}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(error(r)).isEqualTo("unknown field 'operatorID' in the body; expected: operatorId");
    assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(page("POST", "/ui/session", "{\"operatorId\":\"ana\"}").statusCode()).isEqualTo(200);
  }

  @Test
  void aMisspeltFieldInALocalApiCallIsA400NamingItAndNothingIsAccepted() throws Exception {
    HttpResponse<String> r =
        api("POST", "/api/v1/accept", "{\"raw\":\"" + N + "\",\"operatorID\":\"ana\"}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(error(r))
        .startsWith("unknown field 'operatorID' in the body; expected: ")
        .contains("raw", "operatorId", "scannerId");
    assertThat(station.station.station().show(N)).isEmpty();
    HttpResponse<String> reprint =
        api("POST", "/api/v1/reprints", "{\"trackingNumber\":\"" + N + "\",\"PIN\":\"2468\"}");
    assertThat(reprint.statusCode()).isEqualTo(400);
    assertThat(error(reprint)).contains("'PIN'").contains("pin");
  }

  @Test
  void anUnknownOrRepeatedQueryParameterIsA400NamingIt() throws Exception {
    HttpResponse<String> typo = api("GET", "/api/v1/outbox?limt=5", null);
    assertThat(typo.statusCode()).isEqualTo(400);
    assertThat(error(typo)).contains("'limt'").contains("limit, status");
    HttpResponse<String> twice = api("GET", "/api/v1/outbox?limit=5&limit=6", null);
    assertThat(twice.statusCode()).isEqualTo(400);
    assertThat(error(twice)).contains("'limit' is given twice");
    assertThat(api("GET", "/api/v1/outbox?limit=5&status=pending", null).statusCode())
        .isEqualTo(200);
    HttpResponse<String> page = page("GET", "/ui/supervisor/outbox?stauts=pending", null);
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(error(page)).contains("'stauts'").contains("status");
    HttpResponse<String> none = page("GET", "/ui/state?debug=1", null);
    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(error(none)).contains("'debug'").contains("this takes no parameters");
  }

  @Test
  void anUnknownPathIs404AndAKnownOneWithAnotherMethodIs405WithAllow() throws Exception {
    HttpResponse<String> missing = api("GET", "/api/v1/parcel/" + N, null);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(error(missing)).contains("no route GET /api/v1/parcel/");
    HttpResponse<String> put = page("PUT", "/ui/session", "{}");
    assertThat(put.statusCode()).isEqualTo(405);
    assertThat(put.headers().firstValue("Allow")).hasValue("DELETE, GET, POST");
    HttpResponse<String> post = page("POST", "/health", "{}");
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).hasValue("GET");
    HttpRequest.Builder head = station.request("/").method("HEAD", BodyPublishers.noBody());
    assertThat(station.send(head).statusCode()).isEqualTo(200);
  }
}
