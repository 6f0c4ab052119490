package org.scanstation.station.scanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.simulator.scanner.ScannerSettings;
import org.scanstation.simulator.scanner.SimulatedScanner;
import org.scanstation.station.api.AcceptOutcome;
import org.scanstation.station.api.DeviceView;
import org.scanstation.station.app.RunningStation;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.tracking.Mod10;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole station with the simulated scanner on a real pty, replugged while the packer keeps
 * scanning: every scan made while the station reopens the port gets a result, and a scan the unplug
 * cut in two reaches the pages as REJECTED SCAN_DROPPED with the reason. None vanish.
 */
class ScannerReplugIT {
  @TempDir Path dir;
  private SimulatedScanner device;
  private RunningStation station;
  private final List<AcceptOutcome> results = new CopyOnWriteArrayList<>();

  @AfterEach
  void tearDown() {
    if (station != null) {
      station.close();
    }
    if (device != null) {
      device.close();
    }
  }

  private void start() {
    Path tty = dir.resolve("tty-desk1");
    device = SimulatedScanner.onPty(tty, ScannerSettings.defaults());
    Map<String, String> env =
        Map.of(
            "STATION_HTTP_PORT", "0",
            "STATION_SUPERVISOR_PIN", "2468",
            "STATION_SYNC_ENABLED", "false",
            "STATION_SCANNERS", "desk-1=serial:" + tty,
            "STATION_STATION_OPERATOR", "ana",
            "STATION_POLICY_UNKNOWN_SHIPMENT", "accept");
    station = RunningStation.start(dir.resolve("data"), StationConfig.load(null, env), env);
    station
        .station()
        .acceptance()
        .addListener(
            (scan, operator, result) -> {
              if (scan.scannerId().equals("desk-1")) {
                results.add(AcceptOutcome.of(result));
              }
            });
    await().until(() -> scannerState().equals("CONNECTED"));
  }

  private String scannerState() {
    List<DeviceView> scanners = station.status().scanners();
    return scanners.isEmpty() ? "" : scanners.get(0).state();
  }

  private static String number(int i) {
    return Mod10.withCheckDigit(String.format("94001118992230000%04d", i));
  }

  private List<String> accepted() {
    return results.stream()
        .filter(r -> r.result().equals("ACCEPTED"))
        .map(AcceptOutcome::trackingNumber)
        .toList();
  }

  private List<AcceptOutcome> dropped() {
    return results.stream().filter(r -> "SCAN_DROPPED".equals(r.reason())).toList();
  }

  @Test
  void everyScanAroundAReplugGetsAResultOnThePages() throws Exception {
    start();
    String cut = number(3);
    device.sendRaw(bytes(number(1) + "\r" + number(2) + "\r" + cut.substring(0, 10)));
    await().until(() -> results.size() == 2);

    device.unplug();
    await().until(() -> scannerState().equals("DISCONNECTED"));
    device.replug();
    // The station retries with a backoff: these land in the port's buffer before it reopens.
    device.sendRaw(bytes(cut.substring(10) + "\r"));
    List<String> afterReplug = new ArrayList<>();
    for (int i = 4; i <= 8; i++) {
      assertThat(device.scan(number(i))).isTrue();
      afterReplug.add(number(i));
    }

    await().atMost(Duration.ofSeconds(20)).until(() -> results.size() == 9);
    assertThat(accepted())
        .startsWith(number(1), number(2))
        .endsWith(afterReplug.toArray(String[]::new));
    assertThat(accepted()).hasSize(7).doesNotContain(cut);
    assertThat(dropped())
        .as("the cut scan: its start lost with the unplug, its rest after the replug")
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.result()).isEqualTo("REJECTED"));
    assertThat(dropped().get(0).message()).contains("lost when serial port").contains("went away");
    assertThat(dropped().get(1).message()).contains("rest of a scan whose start was lost");

    JsonNode recent = state().get("recent");
    List<String> reasons = new ArrayList<>();
    recent.forEach(v -> reasons.add(v.get("outcome").path("reason").asString("")));
    assertThat(reasons).filteredOn("SCAN_DROPPED"::equals).hasSize(2);
  }

  private JsonNode state() throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(station.url().resolve("/ui/state")).build(),
                HttpResponse.BodyHandlers.ofString());
    return JsonMapper.shared().readTree(r.body());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
