package org.scanstation.station.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scanstation.simulator.printer.Barcode;
import org.scanstation.simulator.printer.JobState;
import org.scanstation.simulator.printer.PrinterLanguage;
import org.scanstation.simulator.printer.PrinterSettings;
import org.scanstation.simulator.printer.SimulatedPrinter;
import org.scanstation.station.api.ParcelView;
import org.scanstation.station.app.RunningStation;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.tracking.Mod10;

/**
 * The whole station printing a real 4x6 bitmap label (about 124 KB) to a simulated TSPL or EPL2
 * printer on a serial line (a socat pty): at 115200 baud the label needs about 11 s of line, more
 * than the station allows a job by default, so the printer's URI allows it with {@code max-busy};
 * without that the label is refused with the fix named, and nothing reaches the printer.
 */
class RasterPrinterPtyIT {
  private static final String N1 = Mod10.withCheckDigit("940011189922300000021");

  @TempDir Path dir;
  private SimulatedPrinter printer;
  private RunningStation station;

  @AfterEach
  void tearDown() {
    if (station != null) {
      station.close();
    }
    if (printer != null) {
      printer.close();
    }
  }

  private void start(PrinterLanguage lang, String lineOptions) {
    Path tty = dir.resolve("tty-" + lang.cliName());
    printer =
        SimulatedPrinter.onSerial(
            tty, PrinterSettings.defaults().withPerLabel(Duration.ofMillis(30)).withLanguage(lang));
    Map<String, String> env = new HashMap<>();
    env.put("STATION_HTTP_PORT", "0");
    env.put("STATION_SYNC_ENABLED", "false");
    env.put("STATION_TRACKING_ENABLED", "false");
    env.put("STATION_SUPERVISOR_PIN", "2468");
    env.put(
        "STATION_PRINTERS",
        "dock-1=serial:" + tty + "?baud=115200&lang=" + lang.cliName() + lineOptions);
    env.put("STATION_STATION_PRINTER", "dock-1");
    env.put("STATION_PRINTER_POLL_INTERVAL", "20ms");
    env.put("STATION_PRINTER_RETRY_MAX", "150ms");
    env.put("STATION_PRINTER_STATUS_TIMEOUT", "400ms");
    station = RunningStation.start(dir.resolve("data"), StationConfig.load(null, env), env);
  }

  private ParcelView.PrintJobView job() {
    return station.station().show(N1).orElseThrow().printJobs().get(0);
  }

  @ParameterizedTest
  @EnumSource(
      value = PrinterLanguage.class,
      names = {"TSPL", "EPL"})
  void aBitmapLabelOverAPtyPrintsOnceAndItsBarcodeReadsBack(PrinterLanguage lang) {
    start(lang, "&max-busy=30s");
    station.station().accept(N1, "ana", "desk");
    await().atMost(Duration.ofSeconds(60)).until(() -> job().status().equals("PRINTED"));
    // the station may count it printed while the printer still burns it: wait for the printer
    await().atMost(Duration.ofSeconds(30)).until(() -> !printer.jobs(JobState.PRINTED).isEmpty());
    assertThat(printer.jobs(JobState.PRINTED)).hasSize(1);
    assertThat(printer.jobs().get(0).zpl().length).isGreaterThan(120_000);
    assertThat(printer.jobs().get(0).barcodes())
        .extracting(Barcode::data)
        .containsExactly(N1); // accepted without a routing ZIP: the number alone
    assertThat(printer.refusals()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = PrinterLanguage.class,
      names = {"TSPL", "EPL"})
  void withoutALongerLimitTheLineRefusesTheLabelAndSaysHowToAllowIt(PrinterLanguage lang) {
    start(lang, "");
    station.station().accept(N1, "ana", "desk");
    await().atMost(Duration.ofSeconds(30)).until(() -> job().status().equals("FAILED"));
    assertThat(job().lastError())
        .contains("at 115200 baud (it carries a bitmap")
        .contains("&max-busy=");
    assertThat(printer.jobs()).isEmpty();
  }
}
