package org.scanstation.station.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.scanstation.station.app.RunningStation;
import org.scanstation.station.config.StationConfig;

/** A whole station running in this JVM on a temporary data directory, pages on a free port. */
final class TestStation implements AutoCloseable {
  static final String PIN = "2468";

  final RunningStation station;
  private final HttpClient http = HttpClient.newHttpClient();

  TestStation(Path dataDir, Map<String, String> extraEnv) {
    Map<String, String> env =
        new HashMap<>(
            Map.of(
                "STATION_HTTP_PORT", "0",
                "STATION_SUPERVISOR_PIN", PIN,
                "STATION_SYNC_ENABLED", "false"));
    env.putAll(extraEnv);
    station = RunningStation.start(dataDir, StationConfig.load(null, env), env);
  }

  URI url(String path) {
    return station.url().resolve(path);
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(url(path));
  }

  @Override
  public void close() {
    station.close();
  }
}
