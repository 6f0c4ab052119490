package org.scanstation.station;

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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.simulator.backend.BackendSettings;
import org.scanstation.simulator.backend.SimulatedBackend;
import org.scanstation.simulator.backend.Tracking;
import org.scanstation.simulator.printer.Barcode;
import org.scanstation.simulator.printer.PrinterSettings;
import org.scanstation.simulator.printer.SimulatedPrinter;
import org.scanstation.station.api.ParcelView;
import org.scanstation.station.app.RunningStation;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.tracking.Mod10;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole station on a real file system that fills up while parcels are scanned through the
 * packer page, with the simulated printer on TCP and the simulated backend over HTTP: every scan
 * gets a result (ACCEPTED or STORE_UNAVAILABLE), no label prints twice, nothing acknowledged is
 * lost, and the station records scans again once space is freed, without a restart.
 */
class DiskFullIT {
  private static final JsonMapper JSON = JsonMapper.shared();

  @TempDir Path tmp;
  private SmallDisk disk;
  private SimulatedPrinter printer;
  private SimulatedBackend backend;
  private RunningStation station;
  private final HttpClient http = HttpClient.newHttpClient();
  private String cookie;
  private int serial;

  @BeforeEach
  void setUp() throws Exception {
    disk = SmallDisk.mount(tmp.resolve("disk"), 40);
    printer =
        SimulatedPrinter.onTcp(
            InetAddress.getLoopbackAddress(),
            0,
            PrinterSettings.defaults().withPerLabel(Duration.ofMillis(2)));
    backend =
        SimulatedBackend.start(
            InetAddress.getLoopbackAddress(),
            0,
            BackendSettings.withApiKey("k-1").withRateLimit(100));
  }

  @AfterEach
  void tearDown() throws Exception {
    if (station != null) {
      station.close();
    }
    if (printer != null) {
      printer.close();
    }
    if (backend != null) {
      backend.close();
    }
    if (disk != null) {
      disk.close();
    }
  }

  private void start(String floor) throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("STATION_HTTP_PORT", "0");
    env.put("STATION_PRINTERS", "printer-1=tcp://127.0.0.1:" + printer.port());
    env.put("STATION_PRINTER_POLL_INTERVAL", "20ms");
    env.put("STATION_PRINTER_RETRY_MAX", "200ms");
    env.put("STATION_BACKEND_URL", backend.baseUri().toString());
    env.put("STATION_BACKEND_API_KEY", "k-1");
    env.put("STATION_SYNC_RATE_LIMIT", "50");
    env.put("STATION_STORE_FREE_SPACE_MIN", floor);
    env.put("STATION_STORE_FREE_SPACE_WARN", floor);
    env.put("STATION_STORE_CHECK_INTERVAL", "100ms");
    station = RunningStation.start(disk.path(), StationConfig.load(null, env), env);
    HttpResponse<String> r =
        http.send(
            page("/ui/session")
                .POST(HttpRequest.BodyPublishers.ofString("{\"operatorId\":\"ana\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    cookie = r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
  }

  private HttpRequest.Builder page(String path) {
    return HttpRequest.newBuilder(station.url().resolve(path))
        .header("X-Station-Page", "1")
        .header("Content-Type", "application/json");
  }

  /** One scan through the packer page; its result as the page got it. */
  private Scanned scan() throws Exception {
    String number = Mod10.withCheckDigit(String.format("9400111899%011d", ++serial));
    HttpResponse<String> r =
        http.send(
            page("/ui/scan")
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("{\"raw\":\"" + number + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(r.body());
    return new Scanned(number, body.get("result").asString(), body.path("reason").asString(""));
  }

  private record Scanned(String number, String result, String reason) {}

  private int health() throws Exception {
    return http.send(
            HttpRequest.newBuilder(station.url().resolve("/health")).build(),
            HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  @Test
  void aDiskThatFillsWhileScanningRefusesScansPrintsEachLabelOnceAndRecoversByItself()
      throws Exception {
    start("0"); // no floor: Derby itself meets the full disk
    List<Scanned> results = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      results.add(scan());
    }
    assertThat(results).extracting(Scanned::result).containsOnly("ACCEPTED");

    disk.fill();
    for (int i = 0; i < 2000 && results.stream().noneMatch(this::refusedForStore); i++) {
      results.add(scan());
    }
    assertThat(results).anyMatch(this::refusedForStore);
    for (int i = 0; i < 20; i++) {
      results.add(scan()); // every one still gets an answer
    }
    assertThat(results)
        .allMatch(s -> s.result().equals("ACCEPTED") || refusedForStore(s), "accepted or refused");

    disk.free();
    await().atMost(Duration.ofSeconds(20)).until(() -> health() == 200);
    List<Scanned> after = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      after.add(scan());
    }
    assertThat(after).extracting(Scanned::result).containsOnly("ACCEPTED");
    results.addAll(after);

    assertEveryAcceptedParcelIsStoredPrintedAndSyncedOnce(results);
  }

  @Test
  void belowTheFloorScansAreRefusedWholeAndResumeWhenSpaceIsFreed() throws Exception {
    start("8MiB");
    List<Scanned> all = new ArrayList<>(List.of(scan()));
    assertThat(all.get(0).result()).isEqualTo("ACCEPTED");
    assertThat(health()).isEqualTo(200);

    disk.leaveFree(4L << 20);
    await().atMost(Duration.ofSeconds(10)).until(() -> health() == 503);
    Scanned refused = scan();
    assertThat(refused.reason()).isEqualTo("STORE_UNAVAILABLE");
    assertThat(station.status().store().message()).contains("store.free-space-min");

    disk.free();
    await().atMost(Duration.ofSeconds(10)).until(() -> health() == 200);
    all.add(refused);
    all.add(scan());
    assertThat(all.get(2).result()).isEqualTo("ACCEPTED");
    assertEveryAcceptedParcelIsStoredPrintedAndSyncedOnce(all);
  }

  private boolean refusedForStore(Scanned s) {
    return s.result().equals("REJECTED") && s.reason().equals("STORE_UNAVAILABLE");
  }

  private void assertEveryAcceptedParcelIsStoredPrintedAndSyncedOnce(List<Scanned> results) {
    List<String> accepted =
        results.stream().filter(s -> s.result().equals("ACCEPTED")).map(Scanned::number).toList();
    List<String> refused =
        results.stream().filter(this::refusedForStore).map(Scanned::number).toList();
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> assertThat(printedPerNumber().keySet()).containsAll(accepted));
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(
                        backend.trackings().stream()
                            .map(Tracking::trackingNumber)
                            .distinct()
                            .count())
                    .isEqualTo(accepted.size()));
    Map<String, Long> printed = printedPerNumber();
    assertThat(printed.values()).as("labels per parcel").containsOnly(1L);
    assertThat(printed.keySet()).doesNotContainAnyElementsOf(refused);
    Map<String, Long> synced =
        backend.trackings().stream()
            .collect(Collectors.groupingBy(Tracking::trackingNumber, Collectors.counting()));
    assertThat(synced.values()).containsOnly(1L);
    assertThat(synced.keySet()).containsExactlyInAnyOrderElementsOf(accepted);
    for (String n : accepted) {
      ParcelView v = station.station().show(n).orElseThrow();
      assertThat(v.acceptance()).as("acceptance of " + n).isNotNull();
      assertThat(v.printJobs()).extracting(ParcelView.PrintJobView::status).containsOnly("PRINTED");
    }
    for (String n : refused) {
      assertThat(station.station().show(n).map(ParcelView::acceptance)).isEmpty();
    }
    assertThat(station.station().verify().intact()).isTrue();
  }

  private Map<String, Long> printedPerNumber() {
    Function<org.scanstation.simulator.printer.PrintJob, String> number =
        j ->
            j.barcodes().stream()
                .map(Barcode::data)
                .map(d -> d.substring(Math.max(0, d.length() - 22)))
                .filter(d -> d.matches("\\d{22}"))
                .findFirst()
                .orElse("?");
    return printer.jobs().stream().collect(Collectors.groupingBy(number, Collectors.counting()));
  }
}
