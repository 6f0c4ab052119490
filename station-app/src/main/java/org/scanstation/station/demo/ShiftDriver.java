package org.scanstation.station.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.scanstation.simulator.backend.Tracking;
import org.scanstation.simulator.printer.Barcode;
import org.scanstation.simulator.printer.JobState;
import org.scanstation.simulator.printer.PrintJob;
import org.scanstation.simulator.printer.PrinterFault;
import org.scanstation.simulator.shift.ExpectedScan;
import org.scanstation.station.api.AcceptOutcome;
import org.scanstation.station.app.RunningStation;

/**
 * Plays a shift through the simulated scanner into a running station, injects faults on the way
 * (paper out and refilled, a backend outage), waits for the printer and the backend to catch up,
 * and compares everything with the scenario's expectations. Runs on the calling thread.
 */
public final class ShiftDriver {
  private final DemoWorld world;
  private final RunningStation station;
  private final Consumer<String> progress;
  private final BlockingQueue<AcceptOutcome> results = new LinkedBlockingQueue<>();
  private final List<String> faults = new ArrayList<>();

  /** A driver for {@code station}, reporting progress lines to {@code progress}. */
  public ShiftDriver(DemoWorld world, RunningStation station, Consumer<String> progress) {
    this.world = world;
    this.station = station;
    this.progress = progress;
    station
        .station()
        .acceptance()
        .addListener(
            (scan, operator, result) -> {
              if (scan.scannerId().equals(DemoWorld.SCANNER_ID)) {
                results.add(AcceptOutcome.of(result));
              }
            });
  }

  /**
   * One fault injected (or cleared) when the shift reaches a share of its scans. The action runs on
   * the shift's thread, so an action that waits (e.g. for a scanner to reconnect) pauses the shift
   * meanwhile.
   *
   * @param at share of the scans sent before it, 0 to 1
   * @param what what it does, for the report
   * @param action what it does
   */
  public record FaultStep(double at, String what, Runnable action) {}

  /** The demo's faults: out of paper at 30%, refilled at 45%, backend away from 55% to 70%. */
  public static List<FaultStep> standardFaults(DemoWorld world) {
    return List.of(
        new FaultStep(
            0.30,
            "printer out of paper",
            () -> world.printer().setFault(PrinterFault.PAPER_OUT, true)),
        new FaultStep(
            0.45,
            "printer refilled",
            () -> world.printer().setFault(PrinterFault.PAPER_OUT, false)),
        new FaultStep(
            0.55, "backend unreachable", () -> world.backend().setRefuseConnections(true)),
        new FaultStep(0.70, "backend back", () -> world.backend().setRefuseConnections(false)));
  }

  /** Sends {@code plan} at {@code perSecond}, with the standard faults when asked. */
  public ShiftReport run(
      List<ExpectedScan> plan, double perSecond, boolean withFaults, Duration drain)
      throws InterruptedException {
    return run(plan, perSecond, withFaults ? standardFaults(world) : List.of(), drain);
  }

  /**
   * Sends {@code plan} at {@code perSecond}, injecting {@code steps} on the way, then waits up to
   * {@code drain} for results, labels and trackings, and reports.
   */
  public ShiftReport run(
      List<ExpectedScan> plan, double perSecond, List<FaultStep> steps, Duration drain)
      throws InterruptedException {
    Map<String, Instant> sentAt = new HashMap<>();
    List<AcceptOutcome> got = new ArrayList<>();
    long start = System.nanoTime();
    long interval = (long) (1e9 / perSecond);
    int sent = 0;
    for (int i = 0; i < plan.size(); i++) {
      for (FaultStep f : steps) {
        if (i == (int) (f.at() * plan.size())) {
          settle(got, sent);
          fault(f.what() + " at scan " + (i + 1));
          f.action().run();
        }
      }
      pace(start + i * interval);
      ExpectedScan e = plan.get(i);
      if (e.trackingNumber() != null) {
        sentAt.putIfAbsent(e.trackingNumber(), Instant.now());
      }
      sent += world.scanner().scan(e.scan()) ? 1 : 0;
      results.drainTo(got);
      if ((i + 1) % Math.max(1, plan.size() / 10) == 0) {
        progress.accept(
            String.format("shift: %d/%d scans sent, %d results", i + 1, plan.size(), got.size()));
      }
    }
    clearFaults();
    long deadline = System.nanoTime() + drain.toNanos();
    while (got.size() < sent && System.nanoTime() < deadline) {
      AcceptOutcome r = results.poll(200, TimeUnit.MILLISECONDS);
      if (r != null) {
        got.add(r);
      }
    }
    return report(plan, sent, got, sentAt, deadline);
  }

  /**
   * Waits (up to 10 s) until every scan sent so far has its result, so a fault lands between scans:
   * a scan still in the wire when a scanner is unplugged is lost in any warehouse, and the scenario
   * must not count that against the station.
   */
  private void settle(List<AcceptOutcome> got, int sent) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (got.size() < sent && System.nanoTime() < deadline) {
      AcceptOutcome r = results.poll(100, TimeUnit.MILLISECONDS);
      if (r != null) {
        got.add(r);
      }
    }
  }

  private void fault(String what) {
    faults.add(what);
    progress.accept("fault: " + what);
  }

  private void clearFaults() {
    world.printer().setFault(PrinterFault.PAPER_OUT, false);
    world.backend().setRefuseConnections(false);
  }

  private static void pace(long nanoTime) throws InterruptedException {
    long wait = nanoTime - System.nanoTime();
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait); // the scenario's own clock, not a test's wait
    }
  }

  private ShiftReport report(
      List<ExpectedScan> plan,
      int sent,
      List<AcceptOutcome> got,
      Map<String, Instant> sentAt,
      long deadline)
      throws InterruptedException {
    List<String> acceptedNumbers =
        got.stream()
            .filter(r -> r.result().equals("ACCEPTED"))
            .map(AcceptOutcome::trackingNumber)
            .toList();
    Map<String, Instant> printed = waitFor(() -> printedAt(), acceptedNumbers, deadline);
    Map<String, Long> synced = waitFor(this::trackings, acceptedNumbers, deadline);
    List<String> examples = new ArrayList<>();
    int mismatches = compare(plan, got, examples);
    Map<String, Integer> rejected = new TreeMap<>();
    got.stream()
        .filter(r -> r.result().equals("REJECTED"))
        .forEach(r -> rejected.merge(r.reason(), 1, Integer::sum));
    int lostLabels = (int) acceptedNumbers.stream().filter(n -> !printed.containsKey(n)).count();
    int lostEvents = (int) acceptedNumbers.stream().filter(n -> !synced.containsKey(n)).count();
    int twice = (int) synced.values().stream().filter(c -> c > 1).count();
    return new ShiftReport(
        sent,
        got.size(),
        acceptedNumbers.size(),
        (int) got.stream().filter(r -> r.result().equals("DUPLICATE")).count(),
        rejected,
        mismatches,
        examples,
        printed.size(),
        synced.size(),
        twice,
        (sent - got.size()) + lostLabels + lostEvents,
        station.station().verify().intact(),
        latency(acceptedNumbers, sentAt, printed),
        List.copyOf(faults));
  }

  private interface Source<V> {
    Map<String, V> get();
  }

  /** Polls {@code source} until it has every number or the deadline passes. */
  private static <V> Map<String, V> waitFor(Source<V> source, List<String> numbers, long deadline)
      throws InterruptedException {
    Map<String, V> now = source.get();
    while (!now.keySet().containsAll(numbers) && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(200); // polling simulators for the report, not a test wait
      now = source.get();
    }
    return now;
  }

  private Map<String, Instant> printedAt() {
    Map<String, Instant> out = new HashMap<>();
    for (PrintJob job : world.printer().jobs(JobState.PRINTED)) {
      for (Barcode b : job.barcodes()) {
        String n = trackingIn(b);
        if (n != null) {
          out.putIfAbsent(n, job.receivedAt());
        }
      }
    }
    return out;
  }

  private static String trackingIn(Barcode b) {
    if (!b.command().equals("BC")) {
      return null;
    }
    String d = b.data();
    int gs = d.indexOf('\u001D');
    return gs >= 0 ? d.substring(gs + 1) : d;
  }

  private Map<String, Long> trackings() {
    return world.backend().trackings().stream()
        .collect(Collectors.groupingBy(Tracking::trackingNumber, Collectors.counting()));
  }

  private static int compare(
      List<ExpectedScan> plan, List<AcceptOutcome> got, List<String> examples) {
    int mismatches = Math.abs(plan.size() - got.size());
    for (int i = 0; i < Math.min(plan.size(), got.size()); i++) {
      ExpectedScan e = plan.get(i);
      AcceptOutcome r = got.get(i);
      boolean same =
          r.result().equals(e.expected().name())
              && (e.reason() == null || e.reason().name().equals(r.reason()))
              && (e.trackingNumber() == null
                  || r.result().equals("REJECTED")
                  || e.trackingNumber().equals(r.trackingNumber()));
      if (!same) {
        mismatches++;
        if (examples.size() < 5) {
          examples.add(
              "scan "
                  + e.seq()
                  + " ("
                  + e.kind()
                  + "): expected "
                  + e.expected()
                  + (e.reason() == null ? "" : " " + e.reason())
                  + ", got "
                  + r.result()
                  + (r.reason() == null ? "" : " " + r.reason()));
        }
      }
    }
    return mismatches;
  }

  private static Map<String, Double> latency(
      List<String> accepted, Map<String, Instant> sentAt, Map<String, Instant> printedAt) {
    double[] ms =
        accepted.stream()
            .filter(printedAt::containsKey)
            .filter(sentAt::containsKey)
            .mapToDouble(n -> Duration.between(sentAt.get(n), printedAt.get(n)).toNanos() / 1e6)
            .sorted()
            .toArray();
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("p50", pct(ms, 50));
    out.put("p90", pct(ms, 90));
    out.put("p99", pct(ms, 99));
    out.put("max", ms.length == 0 ? 0 : ms[ms.length - 1]);
    return out;
  }

  private static double pct(double[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
