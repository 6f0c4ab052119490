package org.scanstation.station.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.device.printer.Delivery;
import org.scanstation.device.printer.LabelPrinter;
import org.scanstation.device.printer.PrinterOptions;
import org.scanstation.device.printer.connect.Printers;
import org.scanstation.simulator.printer.PrinterFault;
import org.scanstation.simulator.printer.PrinterSettings;
import org.scanstation.simulator.printer.SimulatedPrinter;
import org.scanstation.station.StationException;
import org.scanstation.station.api.AcceptOutcome;
import org.scanstation.station.api.DeviceView;
import org.scanstation.station.api.ParcelView;
import org.scanstation.station.api.ReprintRequest;
import org.scanstation.station.app.LocalStation;
import org.scanstation.station.app.RunningStation;
import org.scanstation.station.app.StationAssembly;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.tracking.Mod10;
import org.scanstation.station.store.PrintJobStatus;
import org.scanstation.station.store.PrintJobs;
import org.scanstation.station.store.StationStore;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole station with the simulated Zebra on raw TCP: every accepted parcel's stored label
 * reaches the printer once; a faulted printer holds it while the parcel stays accepted; reprints
 * send the identical bytes; jobs a stopped station left SENDING are resolved by the print meter.
 */
class StationPrintingIT {
  private static final String PIN = "2468";
  private static final String N1 = Mod10.withCheckDigit("940011189922300000011");
  private static final String N2 = Mod10.withCheckDigit("940011189922300000012");

  @TempDir Path dataDir;
  private final SimulatedPrinter sim =
      SimulatedPrinter.onTcp(
          InetAddress.getLoopbackAddress(),
          0,
          PrinterSettings.defaults().withPerLabel(Duration.ofMillis(30)));
  private RunningStation station;

  private Map<String, String> env(String printers) {
    Map<String, String> env = new HashMap<>();
    env.put("STATION_HTTP_PORT", "0");
    env.put("STATION_SYNC_ENABLED", "false");
    env.put("STATION_SUPERVISOR_PIN", PIN);
    env.put("STATION_PRINTERS", printers);
    env.put("STATION_PRINTER_POLL_INTERVAL", "20ms");
    env.put("STATION_PRINTER_RETRY_MAX", "150ms");
    env.put("STATION_PRINTER_STATUS_TIMEOUT", "400ms");
    return env;
  }

  private String printers() {
    return "printer-1=tcp://127.0.0.1:" + sim.port();
  }

  private RunningStation start(String printers) {
    Map<String, String> env = env(printers);
    station = RunningStation.start(dataDir, StationConfig.load(null, env), env);
    return station;
  }

  @AfterEach
  void tearDown() {
    if (station != null) {
      station.close();
    }
    sim.close();
  }

  private ParcelView.PrintJobView job(String number, int i) {
    return station.station().show(number).orElseThrow().printJobs().get(i);
  }

  private void awaitJob(String number, int i, String status) {
    await().atMost(Duration.ofSeconds(15)).until(() -> job(number, i).status().equals(status));
  }

  private long printedCounter() throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(station.url().resolve("/ui/state")).build(),
                HttpResponse.BodyHandlers.ofString());
    return JsonMapper.shared().readTree(r.body()).get("counters").get("printed").asLong();
  }

  private DeviceView printer() {
    List<DeviceView> printers = station.status().printers();
    assertThat(printers).hasSize(1);
    return printers.get(0);
  }

  @Test
  void anAcceptedParcelsStoredLabelReachesThePrinterOnce() throws Exception {
    start(printers());
    AcceptOutcome out = station.station().accept(N1, "ana", "desk");
    assertThat(out.result()).isEqualTo("ACCEPTED");
    awaitJob(N1, 0, "PRINTED");
    assertThat(sim.counters().formatsPrinted()).isEqualTo(1);
    String received = sim.jobs().get(0).zplText();
    String stored = new String(storedBytes(N1), StandardCharsets.ISO_8859_1);
    assertThat(received).isEqualTo(stored.substring(0, stored.lastIndexOf("^XZ") + 3));
    assertThat(sim.jobs().get(0).barcodes().get(0).data()).endsWith(N1);
    assertThat(job(N1, 0).attempts()).isEqualTo(1);
    assertThat(job(N1, 0).lastError()).isNull();
    await().until(() -> printedCounter() == 1);
    await().until(() -> printer().state().equals("READY"));
    assertThat(printer().ok()).isTrue();
    assertThat(printer().address()).isEqualTo("127.0.0.1:" + sim.port());
  }

  @Test
  void aFaultedPrinterHoldsTheJobTheParcelStaysAcceptedAndItPrintsOnceWhenFixed() throws Exception {
    start(printers());
    sim.setFault(PrinterFault.HEAD_OPEN, true);
    assertThat(station.station().accept(N1, "ana", "desk").result()).isEqualTo("ACCEPTED");
    awaitJob(N1, 0, "HELD");
    assertThat(job(N1, 0).lastError())
        .isEqualTo(
            "printer printer-1 at 127.0.0.1:"
                + sim.port()
                + ": head open — close the print"
                + " head");
    await().until(() -> printer().queued() == 1);
    DeviceView held = printer();
    assertThat(held.state()).isEqualTo("HEAD_OPEN");
    assertThat(held.ok()).isFalse();
    assertThat(held.oldestQueuedAt()).isNotNull();
    assertThat(sim.counters().formatsReceived()).isZero();
    assertThat(station.station().show(N1).orElseThrow().acceptance()).isNotNull();

    sim.setFault(PrinterFault.HEAD_OPEN, false);
    awaitJob(N1, 0, "PRINTED");
    assertThat(sim.counters().formatsReceived()).isEqualTo(1);
    assertThat(job(N1, 0).lastError()).isNull();
    await().until(() -> printedCounter() == 1);
  }

  @Test
  void aPrinterWhoseConnectionDroppedWithAJobInFlightShowsHoldingUntilTheJobPrints() {
    start(printers());
    await().until(() -> printer().state().equals("READY"));
    sim.setFault(PrinterFault.DROP_MID_JOB, true);
    assertThat(station.station().accept(N1, "ana", "desk").result()).isEqualTo("ACCEPTED");
    await().atMost(Duration.ofSeconds(10)).until(() -> printer().state().equals("HOLDING"));
    DeviceView holding = printer();
    assertThat(holding.ok()).as("the badge is not green while the label waits").isFalse();
    assertThat(holding.message()).startsWith("1 job held: ");
    assertThat(holding.queued()).isEqualTo(1);

    sim.setFault(PrinterFault.DROP_MID_JOB, false);
    awaitJob(N1, 0, "PRINTED");
    await().until(() -> printer().state().equals("READY") && printer().ok());
    assertThat(sim.counters().formatsPrinted()).isEqualTo(1);
  }

  @Test
  void aReprintSendsTheIdenticalBytesAgain() throws Exception {
    start(printers());
    station.station().accept(N1, "ana", "desk");
    awaitJob(N1, 0, "PRINTED");
    station.station().reprint(new ReprintRequest(N1, "label smudged", "sup", PIN, null));
    awaitJob(N1, 1, "PRINTED");
    assertThat(job(N1, 1).kind()).isEqualTo("REPRINT");
    assertThat(sim.jobs()).hasSize(2);
    assertThat(sim.jobs().get(1).zpl()).isEqualTo(sim.jobs().get(0).zpl());
    await().until(() -> printedCounter() == 2);
  }

  @Test
  void jobsForAPrinterThatIsNotConfiguredWaitAndSaySo() {
    start("");
    station.station().accept(N1, "ana", "desk");
    await().until(() -> job(N1, 0).lastError() != null);
    assertThat(job(N1, 0).status()).isEqualTo("HELD");
    assertThat(job(N1, 0).lastError())
        .contains("printer 'printer-1' is not configured — add it to the printers setting");
    DeviceView v = printer();
    assertThat(v.state()).isEqualTo("NOT_CONFIGURED");
    assertThat(v.queued()).isEqualTo(1);
  }

  @Test
  void aPrinterUriThatIsNotValidStopsTheStationFromStartingAndSaysWhy() {
    assertThatThrownBy(() -> start("printer-1=lpd://10.0.0.7/queue"))
        .isInstanceOf(StationException.class)
        .hasMessageContaining("printers='printer-1=lpd://10.0.0.7/queue'")
        .hasMessageContaining("printer URI 'lpd://10.0.0.7/queue'")
        .hasMessageContaining("tcp://HOST:9100");
    station = null;
    assertThat(dataDir.resolve("run/station.json")).doesNotExist();
  }

  @Test
  void aJobThatPrintedJustBeforeTheStationStoppedIsNotPrintedAgain() {
    String jobId = acceptAndStop(N1);
    try (LabelPrinter p =
        Printers.open(
            "p", "tcp://127.0.0.1:" + sim.port(), PrinterOptions.DEFAULTS, Clock.systemUTC())) {
      assertThat(p.send(storedBytes(N1))).isInstanceOf(Delivery.Acknowledged.class);
    }
    markSending(jobId, 0);
    await().until(() -> sim.counters().formatsPrinted() == 1);
    start(printers());
    awaitJob(N1, 0, "PRINTED");
    assertThat(sim.counters().formatsReceived()).as("not sent again").isEqualTo(1);
  }

  @Test
  void aJobThatNeverReachedThePrinterBeforeTheStationStoppedIsSentOnce() {
    String jobId = acceptAndStop(N1);
    markSending(jobId, 0);
    start(printers());
    awaitJob(N1, 0, "PRINTED");
    assertThat(sim.counters().formatsReceived()).isEqualTo(1);
    assertThat(job(N1, 0).attempts()).isEqualTo(2);
  }

  @Test
  void aJobLeftSendingWithoutAMeterReadingFailsForAPersonAndTheNextPrints() {
    String first = acceptAndStop(N1);
    markSending(first, -1);
    try (LocalStation local =
        (LocalStation)
            new StationAssembly(config(printers()), Map.of(), Clock.systemUTC()).access(dataDir)) {
      local.accept(N2, "ana", "desk");
    }
    start(printers());
    awaitJob(N2, 0, "PRINTED");
    assertThat(job(N1, 0).status()).isEqualTo("FAILED");
    assertThat(job(N1, 0).lastError())
        .contains("the station stopped while sending this label")
        .contains("if no label came out, reprint it");
    assertThat(sim.counters().formatsReceived()).isEqualTo(1);
  }

  private StationConfig config(String printers) {
    return StationConfig.load(null, env(printers));
  }

  /** Accepts a parcel with the store opened directly (nothing prints), returns its job id. */
  private String acceptAndStop(String number) {
    try (LocalStation local =
        (LocalStation)
            new StationAssembly(config(printers()), Map.of(), Clock.systemUTC()).access(dataDir)) {
      return local.accept(number, "ana", "desk").printJobId();
    }
  }

  private byte[] storedBytes(String number) {
    try (StationStore store = station == null ? StationStore.open(dataDir) : null) {
      StationStore s = store != null ? store : station.station().store();
      return new org.scanstation.station.store.ParcelQueries(s)
          .labelBytes(
              new org.scanstation.station.store.ParcelQueries(s)
                  .show(number)
                  .orElseThrow()
                  .acceptance()
                  .eventId()
                  .toString())
          .orElseThrow();
    }
  }

  private void markSending(String jobId, long odometerBefore) {
    try (StationStore store = StationStore.open(dataDir)) {
      assertThat(
              new PrintJobs(store)
                  .update(jobId, PrintJobStatus.SENDING, 1, null, odometerBefore, Instant.now()))
          .isTrue();
    }
  }
}
