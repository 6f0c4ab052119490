package org.scanstation.station.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.simulator.printer.Barcode;
import org.scanstation.simulator.printer.JobState;
import org.scanstation.simulator.printer.PrintJob;
import org.scanstation.simulator.printer.PrinterFault;
import org.scanstation.simulator.shift.ExpectedScan;
import org.scanstation.station.api.ReprintRequest;
import org.scanstation.station.demo.ShiftDriver.FaultStep;

/**
 * Whole shifts through real transports: the simulator's pty scanner, TCP printer and HTTP backend,
 * and a station wired to them by configuration alone.
 */
class ShiftIT {
  @TempDir Path dir;

  private static Demo demo(Path dir, int parcels, double rate) {
    return new Demo(
        dir.resolve("demo"),
        0,
        Duration.ofMillis((long) (parcels * 1000 / rate)),
        rate,
        7,
        Duration.ofMillis(5),
        100);
  }

  /** Labels the printer printed, per tracking number. */
  private static Map<String, Long> printed(DemoWorld world) {
    return world.printer().jobs(JobState.PRINTED).stream()
        .flatMap(j -> j.barcodes().stream().filter(b -> b.command().equals("BC")))
        .map(Barcode::data)
        .map(d -> d.contains("\u001D") ? d.substring(d.indexOf('\u001D') + 1) : d)
        .collect(Collectors.groupingBy(n -> n, Collectors.counting()));
  }

  @Test
  void aThousandParcelShiftMatchesTheScenarioAndLosesNothing() throws Exception {
    Demo demo = demo(dir, 1000, 100);
    List<ExpectedScan> plan = demo.plan();
    assertThat(plan).hasSize(1000);
    try (Demo.Running r = demo.start(line -> {})) {
      ShiftReport report = r.driver().run(plan, 100, true, Duration.ofSeconds(90));
      assertThat(report.mismatchExamples()).isEmpty();
      assertThat(report.mismatches()).isZero();
      assertThat(report.results()).isEqualTo(1000);
      assertThat(report.lost()).isZero();
      assertThat(report.labelsPrinted()).isEqualTo(report.accepted());
      assertThat(report.eventsSynced()).isEqualTo(report.accepted());
      assertThat(report.duplicateTrackingsAtBackend()).isZero();
      assertThat(report.chainIntact()).isTrue();
      assertThat(r.world().backend().trackings()).hasSize(report.accepted());

      // A reprint is one more label, the same bytes; everything else printed exactly once.
      String first =
          plan.stream()
              .filter(e -> e.expected().name().equals("ACCEPTED"))
              .findFirst()
              .orElseThrow()
              .trackingNumber();
      r.station().station().reprint(new ReprintRequest(first, "smudged", "sup", "1234", null));
      await().atMost(Duration.ofSeconds(30)).until(() -> printed(r.world()).get(first) == 2);
      Map<String, Long> labels = printed(r.world());
      assertThat(labels).hasSize(report.accepted());
      assertThat(labels.values().stream().mapToLong(Long::longValue).sum())
          .isEqualTo(report.accepted() + 1);
      List<PrintJob> ofFirst =
          r.world().printer().jobs(JobState.PRINTED).stream()
              .filter(
                  j ->
                      j.barcodes().stream()
                          .anyMatch(b -> b.command().equals("BC") && b.data().endsWith(first)))
              .toList();
      assertThat(ofFirst).hasSize(2);
      assertThat(ofFirst.get(0).zpl()).isEqualTo(ofFirst.get(1).zpl());
    }
  }

  @Test
  void printerFaultsAndAScannerUnplugMidShiftLoseNothingAndPrintEachLabelOnce() throws Exception {
    Demo demo = demo(dir, 300, 60);
    try (Demo.Running r = demo.start(line -> {})) {
      DemoWorld w = r.world();
      List<FaultStep> steps =
          List.of(
              new FaultStep(
                  0.10, "head open", () -> w.printer().setFault(PrinterFault.HEAD_OPEN, true)),
              new FaultStep(
                  0.20, "head closed", () -> w.printer().setFault(PrinterFault.HEAD_OPEN, false)),
              new FaultStep(
                  0.30, "printer silent", () -> w.printer().setFault(PrinterFault.SILENT, true)),
              new FaultStep(
                  0.40, "printer answers", () -> w.printer().setFault(PrinterFault.SILENT, false)),
              new FaultStep(
                  0.50,
                  "connection dropped mid-job",
                  () -> w.printer().setFault(PrinterFault.DROP_MID_JOB, true)),
              new FaultStep(
                  0.55,
                  "connections kept",
                  () -> w.printer().setFault(PrinterFault.DROP_MID_JOB, false)),
              new FaultStep(0.70, "scanner unplugged and replugged", () -> replug(r)));
      ShiftReport report = r.driver().run(demo.plan(), 60, steps, Duration.ofSeconds(90));
      assertThat(report.mismatchExamples()).isEmpty();
      assertThat(report.lost()).isZero();
      assertThat(report.labelsPrinted()).isEqualTo(report.accepted());
      assertThat(printed(w).values()).containsOnly(1L);
      assertThat(report.eventsSynced()).isEqualTo(report.accepted());
    }
  }

  /** Unplugs the scanner, waits until the station sees it gone, replugs, waits until it is back. */
  private static void replug(Demo.Running r) {
    r.world().scanner().unplug();
    await().atMost(Duration.ofSeconds(10)).until(() -> !scannerOk(r));
    r.world().scanner().replug();
    await().atMost(Duration.ofSeconds(30)).until(() -> scannerOk(r));
  }

  private static boolean scannerOk(Demo.Running r) {
    return r.station().status().scanners().stream().allMatch(s -> s.ok());
  }
}
