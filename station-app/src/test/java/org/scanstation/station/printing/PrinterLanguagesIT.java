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
import org.scanstation.simulator.printer.Barcode;
import org.scanstation.simulator.printer.PrinterFault;
import org.scanstation.simulator.printer.PrinterLanguage;
import org.scanstation.simulator.printer.PrinterSettings;
import org.scanstation.simulator.printer.SimulatedPrinter;
import org.scanstation.station.api.DeviceView;
import org.scanstation.station.api.ReprintRequest;
import org.scanstation.station.app.RunningStation;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.tracking.Mod10;

/**
 * The whole station with simulated TSPL and EPL2 printers on raw TCP: a first print reaches a TSPL
 * printer as its own raster, whose barcode reads back as the tracking number; a reprint on an EPL2
 * printer of the same parcel is the same picture in EPL2; a printer set up in the wrong language
 * prints nothing and says so.
 */
class PrinterLanguagesIT {
  private static final String PIN = "2468";
  private static final String N1 = Mod10.withCheckDigit("940011189922300000021");

  @TempDir Path dataDir;
  private final SimulatedPrinter tspl = printer(PrinterLanguage.TSPL);
  private final SimulatedPrinter epl = printer(PrinterLanguage.EPL);
  private final SimulatedPrinter zpl = printer(PrinterLanguage.ZPL);
  private RunningStation station;

  private static SimulatedPrinter printer(PrinterLanguage language) {
    return SimulatedPrinter.onTcp(
        InetAddress.getLoopbackAddress(),
        0,
        PrinterSettings.defaults().withPerLabel(Duration.ofMillis(30)).withLanguage(language));
  }

  private RunningStation start(String printers) {
    Map<String, String> env = new HashMap<>();
    env.put("STATION_HTTP_PORT", "0");
    env.put("STATION_SYNC_ENABLED", "false");
    env.put("STATION_TRACKING_ENABLED", "false");
    env.put("STATION_SUPERVISOR_PIN", PIN);
    env.put("STATION_PRINTERS", printers);
    env.put("STATION_STATION_PRINTER", "dock-1");
    env.put("STATION_PRINTER_POLL_INTERVAL", "20ms");
    env.put("STATION_PRINTER_RETRY_MAX", "150ms");
    env.put("STATION_PRINTER_STATUS_TIMEOUT", "400ms");
    station = RunningStation.start(dataDir, StationConfig.load(null, env), env);
    return station;
  }

  @AfterEach
  void tearDown() {
    if (station != null) {
      station.close();
    }
    tspl.close();
    epl.close();
    zpl.close();
  }

  private String status(int job) {
    return station.station().show(N1).orElseThrow().printJobs().get(job).status();
  }

  private static List<String> lines(SimulatedPrinter p) {
    assertThat(p.jobs()).hasSize(1);
    return List.of(p.jobs().get(0).zplText().split("\r?\n"));
  }

  private static List<String> read(SimulatedPrinter p) {
    return p.jobs().stream().flatMap(j -> j.barcodes().stream()).map(Barcode::data).toList();
  }

  @Test
  void aTsplFirstPrintAndAnEplReprintCarryTheSameBarcode() {
    start(
        "dock-1=tcp://127.0.0.1:"
            + tspl.port()
            + "?lang=tspl,spare=tcp://127.0.0.1:"
            + epl.port()
            + "?lang=epl");
    station.station().accept(N1, "ana", "desk");
    await().atMost(Duration.ofSeconds(20)).until(() -> status(0).equals("PRINTED"));
    assertThat(tspl.jobs()).hasSize(1);
    assertThat(tspl.jobs().get(0).language()).isEqualTo(PrinterLanguage.TSPL);
    assertThat(read(tspl)).anyMatch(data -> data.endsWith(N1));
    assertThat(tspl.refusals()).isEmpty();

    station.station().reprint(new ReprintRequest(N1, "label smudged", "sup", PIN, "spare"));
    await().atMost(Duration.ofSeconds(20)).until(() -> status(1).equals("PRINTED"));
    assertThat(epl.jobs()).hasSize(1);
    assertThat(read(epl)).isEqualTo(read(tspl));
    assertThat(station.status().printers())
        .extracting(DeviceView::id, DeviceView::language)
        .contains(org.assertj.core.groups.Tuple.tuple("dock-1", "TSPL"))
        .contains(org.assertj.core.groups.Tuple.tuple("spare", "EPL2"));
  }

  @Test
  void eachRasterPrinterReceivesTheDarknessAndSpeedItsUriSets() {
    start(
        "dock-1=tcp://127.0.0.1:"
            + tspl.port()
            + "?lang=tspl&darkness=13&speed=2,spare=tcp://127.0.0.1:"
            + epl.port()
            + "?lang=epl&darkness=4&speed=5");
    station.station().accept(N1, "ana", "desk");
    await().atMost(Duration.ofSeconds(20)).until(() -> status(0).equals("PRINTED"));
    station.station().reprint(new ReprintRequest(N1, "second copy", "sup", PIN, "spare"));
    await().atMost(Duration.ofSeconds(20)).until(() -> status(1).equals("PRINTED"));

    assertThat(lines(tspl))
        .contains("DENSITY 13", "SPEED 2")
        .doesNotContain("DENSITY 8", "SPEED 3");
    assertThat(lines(epl)).contains("D4", "S5").doesNotContain("D8", "S3");
    assertThat(read(epl)).isEqualTo(read(tspl)); // the settings change the burn, not the picture
  }

  @Test
  void aTsplOrEplPrinterOutOfPaperHoldsTheLabelAndPrintsItOnceWhenRefilled() {
    for (SimulatedPrinter p : List.of(tspl, epl)) {
      p.setFault(PrinterFault.PAPER_OUT, true);
    }
    start(
        "dock-1=tcp://127.0.0.1:"
            + tspl.port()
            + "?lang=tspl,spare=tcp://127.0.0.1:"
            + epl.port()
            + "?lang=epl");
    station.station().accept(N1, "ana", "desk");
    await().atMost(Duration.ofSeconds(20)).until(() -> status(0).equals("HELD"));
    station.station().reprint(new ReprintRequest(N1, "second copy", "sup", PIN, "spare"));
    await().atMost(Duration.ofSeconds(20)).until(() -> status(1).equals("HELD"));
    assertThat(tspl.jobs()).isEmpty();
    assertThat(epl.jobs()).isEmpty();

    tspl.setFault(PrinterFault.PAPER_OUT, false);
    epl.setFault(PrinterFault.PAPER_OUT, false);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> status(0).equals("PRINTED") && status(1).equals("PRINTED"));
    assertThat(tspl.jobs()).hasSize(1);
    assertThat(epl.jobs()).hasSize(1);
  }

  @Test
  void aZplPrinterSetUpAsTsplPrintsNothingAndShowsTheMismatch() {
    start("dock-1=tcp://127.0.0.1:" + zpl.port() + "?lang=tspl");
    station.station().accept(N1, "ana", "desk");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                station.status().printers().stream()
                    .anyMatch(
                        p ->
                            p.id().equals("dock-1")
                                && !p.ok()
                                && p.message() != null
                                && p.message().contains("likely not a TSPL printer")));
    assertThat(status(0)).isNotEqualTo("PRINTED");
    assertThat(zpl.jobs()).isEmpty();
  }
}
