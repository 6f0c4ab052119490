package org.scanstation.station.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scanstation.device.printer.PrinterLanguage;
import org.scanstation.simulator.printer.Barcode;
import org.scanstation.simulator.printer.JobState;

/**
 * {@code station demo --printer-lang tspl|epl}: a shift with the demo's faults (paper out and
 * refilled, the backend away) printed on a simulated TSPL or EPL2 printer over TCP loses nothing.
 * Every label there is a whole-page bitmap whose barcode the simulator reads back with ZXing, so
 * "printed once" is counted from the paper, not from the station's word.
 */
class RasterShiftIT {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(
      value = PrinterLanguage.class,
      names = {"TSPL", "EPL"})
  void aShiftOnARasterPrinterPrintsEveryAcceptedParcelOnceAndLosesNothing(PrinterLanguage lang)
      throws Exception {
    Demo demo =
        new Demo(
            dir.resolve("demo"), 0, Duration.ofSeconds(6), 20, 11, Duration.ofMillis(5), 100, lang);
    try (Demo.Running r = demo.start(line -> {})) {
      ShiftReport report = r.driver().run(demo.plan(), 20, true, Duration.ofSeconds(120));
      assertThat(report.faults()).anyMatch(f -> f.startsWith("printer out of paper"));
      assertThat(report.mismatchExamples()).isEmpty();
      assertThat(report.results()).isEqualTo(120);
      assertThat(report.accepted()).isPositive();
      assertThat(report.lost()).isZero();
      assertThat(report.labelsPrinted()).isEqualTo(report.accepted());
      assertThat(report.eventsSynced()).isEqualTo(report.accepted());
      assertThat(report.duplicateTrackingsAtBackend()).isZero();
      assertThat(report.chainIntact()).isTrue();
      assertThat(r.world().backend().trackings()).hasSize(report.accepted());
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> r.station().status().sync().pending() == 0);

      Map<String, Long> labels = printed(r.world());
      assertThat(labels).hasSize(report.accepted());
      assertThat(labels.values()).containsOnly(1L);
      assertThat(r.world().printer().jobs())
          .allMatch(j -> j.language().cliName().equals(lang.key()));
      assertThat(r.world().printer().refusals()).isEmpty();
    }
  }

  /** Labels the printer printed, per tracking number read from their bitmaps. */
  private static Map<String, Long> printed(DemoWorld world) {
    return world.printer().jobs(JobState.PRINTED).stream()
        .flatMap(j -> j.barcodes().stream().filter(b -> b.command().equals("BC")))
        .map(Barcode::data)
        .map(d -> d.contains("\u001D") ? d.substring(d.indexOf('\u001D') + 1) : d)
        .collect(Collectors.groupingBy(n -> n, Collectors.counting()));
  }
}
