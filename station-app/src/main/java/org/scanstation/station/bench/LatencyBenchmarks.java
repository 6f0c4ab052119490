package org.scanstation.station.bench;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.scanstation.simulator.printer.PrintJob;
import org.scanstation.simulator.printer.PrinterSettings;
import org.scanstation.simulator.printer.SimulatedPrinter;
import org.scanstation.simulator.shift.ShiftMix;
import org.scanstation.station.demo.Demo;
import org.scanstation.station.demo.ShiftReport;

/**
 * Scan to label: a scan written by the simulator's pty scanner until the label's bytes are at the
 * simulator's printer socket, through the whole station (framing, validation, the Derby
 * transaction, ZPL, print queue). At 20 scans/s sustained, and the highest rate of a doubling
 * series that still keeps up. Baseline: the same ZPL sent straight to the same kind of simulated
 * printer over a fresh socket (the transport's floor).
 */
final class LatencyBenchmarks {
  private static final Duration PER_LABEL = Duration.ofMillis(10);
  private final boolean quick;
  private final Path scratch;

  LatencyBenchmarks(boolean quick, Path scratch) {
    this.quick = quick;
    this.scratch = scratch;
  }

  void run(Consumer<Figure> out) throws Exception {
    double floor = directSendMs();
    ShiftReport at20 = shift(20, quick ? 10 : 30);
    out.accept(
        Figure.of(
            "latency.single_desk.p99_ms",
            "scan to label at the printer, 20 scans/s: p99",
            at20.latencyMs().get("p99"),
            "ms",
            "ZPL sent straight to the printer socket, p50",
            floor,
            String.format(
                "p50 %.1f ms, max %.1f ms over %d labels; lost %d",
                at20.latencyMs().get("p50"),
                at20.latencyMs().get("max"),
                at20.labelsPrinted(),
                at20.lost())));
    double best = 0;
    ShiftReport bestReport = null;
    for (int rate = 40; rate <= 320; rate *= 2) {
      ShiftReport r = shift(rate, quick ? 5 : 10);
      boolean keptUp =
          r.lost() == 0 && r.results() == r.scansSent() && r.latencyMs().get("p99") < 1000;
      if (!keptUp) {
        break;
      }
      best = rate;
      bestReport = r;
    }
    out.accept(
        Figure.of(
            "latency.sustained.rate",
            "highest rate sustained without backlog (of 40, 80, 160, 320)",
            best,
            "scans/s",
            "the 20 scans/s target",
            20,
            bestReport == null
                ? "none of the rates kept up"
                : String.format(
                    "at that rate p50 %.1f ms, p99 %.1f ms; kept up = nothing lost, every"
                        + " result in, p99 under 1 s",
                    bestReport.latencyMs().get("p50"), bestReport.latencyMs().get("p99"))));
  }

  private ShiftReport shift(int rate, int seconds) throws Exception {
    Demo demo =
        new Demo(
            scratch.resolve("latency-" + rate + "-" + System.nanoTime()),
            0,
            Duration.ofSeconds(seconds),
            rate,
            rate,
            PER_LABEL,
            1000);
    try (Demo.Running r = demo.start(line -> {})) {
      return r.driver()
          .run(demo.plan(ShiftMix.parse("valid=100")), rate, List.of(), Duration.ofSeconds(60));
    }
  }

  private double directSendMs() throws Exception {
    String zpl = "^XA^FO50,50^BY3^BCN,100,N,N^FD>;>89400111899223197428497^FS^XZ";
    try (SimulatedPrinter printer =
        SimulatedPrinter.onTcp(
            InetAddress.getLoopbackAddress(),
            0,
            PrinterSettings.defaults().withPerLabel(PER_LABEL))) {
      int n = quick ? 50 : 200;
      double[] ms = new double[n];
      for (int i = 0; i < n; i++) {
        Instant t0 = Instant.now();
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), printer.port());
            OutputStream o = s.getOutputStream()) {
          o.write(zpl.getBytes(StandardCharsets.US_ASCII));
          o.flush();
          int want = i + 1;
          while (printer.jobs().size() < want) {
            TimeUnit.MICROSECONDS.sleep(200); // polling the simulator for the figure
          }
        }
        PrintJob job = printer.jobs().get(i);
        ms[i] = Duration.between(t0, job.receivedAt()).toNanos() / 1e6;
      }
      Arrays.sort(ms);
      return Timing.percentile(ms, 50);
    }
  }
}
