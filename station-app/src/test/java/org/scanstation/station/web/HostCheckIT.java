package org.scanstation.station.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.station.app.RunFile;

/**
 * DNS rebinding and cross-site posts, over real HTTP: a request naming another host is refused
 * before any handler runs (421), a request from another origin too (403), and the station's own
 * names and clients keep working.
 */
class HostCheckIT {
  private static final String N = "9400111899223197428497";
  @TempDir Path dir;
  private TestStation station;
  private URI base;
  private String port;
  private String token;

  @BeforeEach
  void start() {
    station = new TestStation(dir, Map.of("STATION_HTTP_ALLOWED_HOSTS", "station-3.lan"));
    base = station.url("/");
    port = String.valueOf(base.getPort());
    token = RunFile.read(dir).orElseThrow().token();
  }

  @AfterEach
  void stop() {
    station.close();
  }

  private RawHttp.Answer post(String path, String host, String json, String... headers)
      throws Exception {
    String[] all = new String[headers.length + 2];
    all[0] = "X-Station-Page: 1";
    all[1] = "Content-Type: application/json";
    System.arraycopy(headers, 0, all, 2, headers.length);
    return RawHttp.request(base, "POST " + path, host, json.getBytes(StandardCharsets.UTF_8), all);
  }

  private String signIn(String operator) throws Exception {
    var r =
        station.send(
            station
                .request("/ui/session")
                .header("X-Station-Page", "1")
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"operatorId\":\"" + operator + "\"}")));
    assertThat(r.statusCode()).isEqualTo(200);
    String c = r.headers().firstValue("Set-Cookie").orElseThrow();
    return c.substring(0, c.indexOf(';'));
  }

  @Test
  void aForeignHostGets421OnEveryKindOfRouteAndNothingHappens() throws Exception {
    String evil = "evil.example:" + port;
    String cookie = signIn("ana");
    for (String path :
        List.of("/ui/state", "/", "/supervisor", "/static/packer.js", "/metrics", "/health")) {
      RawHttp.Answer a = RawHttp.get(base, path, evil);
      assertThat(a.status()).as(path).isEqualTo(421);
      assertThat(a.body()).contains("evil.example").contains("http.allowed-hosts");
    }
    assertThat(RawHttp.get(base, "/api/v1/health", evil, "Authorization: Bearer " + token).status())
        .isEqualTo(421);
    RawHttp.Answer signIn = post("/ui/session", evil, "{\"operatorId\":\"mallory\"}");
    assertThat(signIn.status()).isEqualTo(421);
    RawHttp.Answer scan = post("/ui/scan", evil, "{\"raw\":\"" + N + "\"}", "Cookie: " + cookie);
    assertThat(scan.status()).isEqualTo(421);
    assertThat(station.station.station().show(N)).isEmpty();
    assertThat(RawHttp.get(base, "/ui/supervisor/audit", evil, "X-Supervisor-Pin: 1").status())
        .isEqualTo(421);
    assertThat(station.station.station().audit(10)).isEmpty();
  }

  @Test
  void aForeignOriginGets403OnAPost() throws Exception {
    String host = "127.0.0.1:" + port;
    for (String origin :
        List.of("http://evil.example:" + port, "null", "http://localhost:" + port)) {
      RawHttp.Answer a =
          post("/ui/session", host, "{\"operatorId\":\"mallory\"}", "Origin: " + origin);
      assertThat(a.status()).as(origin).isEqualTo(403);
      assertThat(a.body()).contains("origin");
    }
    RawHttp.Answer own =
        post("/ui/session", host, "{\"operatorId\":\"ana\"}", "Origin: http://" + host);
    assertThat(own.status()).isEqualTo(200);
  }

  @Test
  void theStationsOwnNamesAndClientsStillWork() throws Exception {
    for (String host :
        List.of("127.0.0.1:" + port, "localhost:" + port, "station-3.lan:" + port, "localhost")) {
      assertThat(RawHttp.get(base, "/ui/state", host).status()).as(host).isEqualTo(200);
      assertThat(RawHttp.get(base, "/", host).status()).as(host).isEqualTo(200);
    }
    RawHttp.Answer signIn =
        post(
            "/ui/session",
            "localhost:" + port,
            "{\"operatorId\":\"ana\"}",
            "Origin: http://localhost:" + port);
    assertThat(signIn.status()).isEqualTo(200);
    RunFile run = RunFile.read(dir).orElseThrow();
    try (StationApiClient client = new StationApiClient(run.url(), run.token(), run.pid())) {
      assertThat(client.reachable()).isTrue();
      assertThat(client.accept(N, "ana", "api").result()).isEqualTo("ACCEPTED");
      assertThat(client.show(N)).isPresent();
    }
  }
}
