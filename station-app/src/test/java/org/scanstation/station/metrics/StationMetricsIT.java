package org.scanstation.station.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.simulator.printer.PrinterFault;
import org.scanstation.simulator.printer.PrinterSettings;
import org.scanstation.simulator.printer.SimulatedPrinter;
import org.scanstation.simulator.scanner.ScanSuffix;
import org.scanstation.simulator.scanner.ScannerSettings;
import org.scanstation.simulator.scanner.SimulatedScanner;
import org.scanstation.station.SmallDisk;
import org.scanstation.station.app.RunningStation;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.tracking.Mod10;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real station with the simulator's scanner and printer on TCP: its {@code /metrics} parse as
 * Prometheus text and count the scans made through the scanner, carry no tracking number, and its
 * {@code /health} turns unready (503, with the part and the reason) while the printer is faulted or
 * the store's disk is below its floor, and ready again after.
 */
class StationMetricsIT {
  private static final JsonMapper JSON = JsonMapper.shared();

  @TempDir Path tmp;
  private SimulatedPrinter printer;
  private SimulatedScanner scanner;
  private RunningStation station;
  private SmallDisk disk;
  private final HttpClient http = HttpClient.newHttpClient();
  private int serial;

  @BeforeEach
  void setUp() {
    printer =
        SimulatedPrinter.onTcp(
            InetAddress.getLoopbackAddress(),
            0,
            PrinterSettings.defaults().withPerLabel(Duration.ofMillis(2)));
    scanner =
        SimulatedScanner.onTcp(
            InetAddress.getLoopbackAddress(),
            0,
            ScannerSettings.defaults().withSuffix(ScanSuffix.LF));
  }

  @AfterEach
  void tearDown() throws Exception {
    for (AutoCloseable c : new AutoCloseable[] {station, scanner, printer, disk}) {
      if (c != null) {
        c.close();
      }
    }
  }

  private void start(Path dataDir, String floor) {
    Map<String, String> env = new HashMap<>();
    env.put("STATION_HTTP_PORT", "0");
    env.put("STATION_STATION_OPERATOR", "zofia-kw");
    env.put("STATION_SCANNERS", "desk-1=tcp://127.0.0.1:" + scanner.port() + "?suffix=LF");
    env.put("STATION_PRINTERS", "printer-1=tcp://127.0.0.1:" + printer.port());
    env.put("STATION_PRINTER_POLL_INTERVAL", "20ms");
    env.put("STATION_PRINTER_RETRY_MAX", "200ms");
    env.put("STATION_SYNC_ENABLED", "false");
    env.put("STATION_STORE_FREE_SPACE_MIN", floor);
    env.put("STATION_STORE_FREE_SPACE_WARN", floor);
    env.put("STATION_STORE_CHECK_INTERVAL", "100ms");
    station = RunningStation.start(dataDir, StationConfig.load(null, env), env);
    await().until(() -> health().statusCode() == 200);
  }

  @Test
  void theCountersMatchTheScansMadeThroughTheScanner() throws Exception {
    start(tmp.resolve("data"), "0");
    List<String> good = List.of(next(), next(), next());
    String badCheck = wrongCheckDigit(next());
    good.forEach(scanner::scan);
    scanner.scan(good.get(0)); // a duplicate
    scanner.scan(badCheck);
    scanner.scan(wrongCheckDigit(next()));

    await().untilAsserted(() -> assertThat(scans("accepted", "none")).isEqualTo(3));
    await().untilAsserted(() -> assertThat(scans("rejected", "BAD_CHECK_DIGIT")).isEqualTo(2));
    assertThat(scans("duplicate", "none")).isEqualTo(1);
    assertThat(scans("rejected", "NO_OPERATOR")).isZero();
    PrometheusText m = metrics();
    assertThat(m.type("station_scans_total")).isEqualTo("counter");
    assertThat(m.value("station_acceptance_seconds_count", Map.of())).isEqualTo(6);
    assertThat(m.value("station_acceptance_seconds_bucket", Map.of("le", "+Inf"))).isEqualTo(6);
    await()
        .untilAsserted(
            () ->
                assertThat(
                        metrics()
                            .value(
                                "station_labels_total",
                                Map.of("printer", "printer-1", "outcome", "printed")))
                    .isEqualTo(3));
    PrometheusText after = metrics();
    assertThat(after.value("station_printer_up", Map.of("printer", "printer-1"))).isEqualTo(1);
    assertThat(after.value("station_scanner_up", Map.of("scanner", "desk-1"))).isEqualTo(1);
    assertThat(after.value("station_printer_queue_jobs", Map.of("printer", "printer-1"))).isZero();
    assertThat(after.value("station_store_up", Map.of())).isEqualTo(1);
    assertThat(after.value("station_store_size_bytes", Map.of())).isPositive();
    assertThat(after.value("station_store_free_bytes", Map.of())).isPositive();
    // Metaspace, not Eden: Eden is empty right after a collection
    assertThat(after.value("jvm_memory_used_bytes", Map.of("area", "nonheap", "id", "Metaspace")))
        .isPositive();
    assertThat(after.value("process_uptime_seconds", Map.of())).isPositive();
  }

  @Test
  void noTrackingNumberOrOperatorAppearsInTheMetrics() throws Exception {
    start(tmp.resolve("data"), "0");
    List<String> sent = new ArrayList<>(List.of(next(), next(), wrongCheckDigit(next())));
    sent.forEach(scanner::scan);
    await()
        .untilAsserted(
            () ->
                assertThat(metrics().value("station_acceptance_seconds_count", Map.of()))
                    .isEqualTo(3));
    String text = get("/metrics").body();
    for (String n : sent) {
      assertThat(text).doesNotContain(n).doesNotContain(n.substring(n.length() - 12));
    }
    assertThat(text).doesNotContain("zofia");
  }

  @Test
  void aFaultedPrinterMakesTheStationUnreadyUntilItIsCleared() throws Exception {
    start(tmp.resolve("data"), "0");
    printer.setFault(PrinterFault.PAPER_OUT, true);
    await().until(() -> health().statusCode() == 503);
    JsonNode body = JSON.readTree(health().body());
    assertThat(body.get("live").asBoolean()).isTrue();
    assertThat(body.get("ready").asBoolean()).isFalse();
    assertThat(body.at("/parts/printers/ok").asBoolean()).isFalse();
    assertThat(body.at("/parts/printers/reason").asString()).contains("printer-1");
    assertThat(body.at("/parts/store/ok").asBoolean()).isTrue();
    assertThat(metrics().value("station_printer_up", Map.of("printer", "printer-1"))).isZero();

    printer.setFault(PrinterFault.PAPER_OUT, false);
    await().until(() -> health().statusCode() == 200);
    assertThat(JSON.readTree(health().body()).get("ready").asBoolean()).isTrue();
  }

  @Test
  void aStoreThatCannotWriteMakesTheStationUnreadyUntilSpaceIsFreed() throws Exception {
    disk = SmallDisk.mount(tmp.resolve("disk"), 40);
    start(disk.path(), "8MiB");
    disk.leaveFree(4L << 20);
    await().until(() -> health().statusCode() == 503);
    JsonNode body = JSON.readTree(health().body());
    assertThat(body.at("/parts/store/ok").asBoolean()).isFalse();
    assertThat(body.at("/parts/disk/ok").asBoolean()).isFalse();
    assertThat(body.at("/parts/store/reason").asString()).contains("store.free-space-min");
    assertThat(body.at("/parts/printers/ok").asBoolean()).isTrue();
    PrometheusText m = metrics();
    assertThat(m.value("station_store_up", Map.of())).isZero();
    assertThat(m.value("station_store_free_bytes", Map.of()))
        .isLessThan(m.value("station_store_free_floor_bytes", Map.of()));

    disk.free();
    await().until(() -> health().statusCode() == 200);
  }

  private double scans(String result, String reason) throws Exception {
    return metrics().value("station_scans_total", Map.of("result", result, "reason", reason));
  }

  private PrometheusText metrics() throws Exception {
    HttpResponse<String> r = get("/metrics");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    return PrometheusText.parse(r.body());
  }

  private HttpResponse<String> health() throws Exception {
    return get("/health");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(station.url().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String next() {
    return Mod10.withCheckDigit(String.format("9400111899%011d", ++serial));
  }

  private static String wrongCheckDigit(String n) {
    char last = n.charAt(n.length() - 1);
    return n.substring(0, n.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
  }
}
