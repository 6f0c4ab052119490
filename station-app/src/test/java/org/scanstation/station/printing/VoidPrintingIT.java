package org.scanstation.station.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.simulator.printer.PrinterFault;
import org.scanstation.simulator.printer.PrinterSettings;
import org.scanstation.simulator.printer.SimulatedPrinter;
import org.scanstation.station.api.DeviceView;
import org.scanstation.station.api.ParcelView;
import org.scanstation.station.api.ReprintRequest;
import org.scanstation.station.api.VoidOutcome;
import org.scanstation.station.api.VoidRequest;
import org.scanstation.station.app.RunningStation;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.tracking.Mod10;

/**
 * A void while a running station's print queue holds the parcel's labels behind a faulted printer:
 * the jobs are cancelled in the store, and when the printer recovers the queue drops them unsent.
 */
class VoidPrintingIT {
  private static final String PIN = "2468";
  private static final String N1 = Mod10.withCheckDigit("940011189922300000031");
  private static final String N2 = Mod10.withCheckDigit("940011189922300000032");

  @TempDir Path dataDir;
  private final SimulatedPrinter sim =
      SimulatedPrinter.onTcp(
          InetAddress.getLoopbackAddress(),
          0,
          PrinterSettings.defaults().withPerLabel(Duration.ofMillis(30)));
  private RunningStation station;

  @AfterEach
  void tearDown() {
    if (station != null) {
      station.close();
    }
    sim.close();
  }

  private void start() {
    Map<String, String> env = new HashMap<>();
    env.put("STATION_HTTP_PORT", "0");
    env.put("STATION_SYNC_ENABLED", "false");
    env.put("STATION_SUPERVISOR_PIN", PIN);
    env.put("STATION_PRINTERS", "printer-1=tcp://127.0.0.1:" + sim.port());
    env.put("STATION_PRINTER_POLL_INTERVAL", "20ms");
    env.put("STATION_PRINTER_RETRY_MAX", "150ms");
    env.put("STATION_PRINTER_STATUS_TIMEOUT", "400ms");
    station = RunningStation.start(dataDir, StationConfig.load(null, env), env);
  }

  private List<ParcelView.PrintJobView> jobs(String number) {
    return station.station().show(number).orElseThrow().printJobs();
  }

  private DeviceView printer() {
    return station.status().printers().get(0);
  }

  @Test
  void aVoidedParcelsHeldLabelsNeverPrintWhenThePrinterRecovers() {
    start();
    sim.setFault(PrinterFault.HEAD_OPEN, true);
    assertThat(station.station().accept(N1, "ana", "desk").result()).isEqualTo("ACCEPTED");
    station.station().reprint(new ReprintRequest(N1, "label smudged", "sup", PIN, null));
    // the first label waits HELD at the head of the queue, the reprint QUEUED behind it
    await().until(() -> jobs(N1).get(0).status().equals("HELD"));
    assertThat(jobs(N1).get(1).status()).isEqualTo("QUEUED");

    VoidOutcome v =
        station.station().voidAcceptance(new VoidRequest(N1, "customer cancelled", "sup", PIN));
    assertThat(v.cancelledPrintJobs()).hasSize(2);
    assertThat(jobs(N1)).allSatisfy(j -> assertThat(j.status()).isEqualTo("CANCELLED"));

    assertThat(station.station().accept(N2, "ana", "desk").result()).isEqualTo("ACCEPTED");
    sim.setFault(PrinterFault.HEAD_OPEN, false);
    // the next parcel's label prints, so the queue has passed the voided ones
    await().atMost(Duration.ofSeconds(15)).until(() -> jobs(N2).get(0).status().equals("PRINTED"));
    await().until(() -> printer().queued() == 0);
    assertThat(sim.counters().formatsReceived()).isEqualTo(1);
    assertThat(sim.jobs()).singleElement().satisfies(j -> assertThat(j.zplText()).contains(N2));
    assertThat(jobs(N1)).allSatisfy(j -> assertThat(j.status()).isEqualTo("CANCELLED"));
  }
}
