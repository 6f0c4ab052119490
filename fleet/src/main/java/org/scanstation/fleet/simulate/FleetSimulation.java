package org.scanstation.fleet.simulate;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.scanstation.common.DaemonThreads;

/**
 * Runs one simulation: starts the {@link SimulatedFleet}, has every station scan its parcels at a
 * hand-scanner's pace, stages the dispatcher's death and the broker's outage at their times,
 * samples the fleet once a second, and ends when every accepted parcel is created at the backend or
 * at the plan's timeout. {@link #run} blocks for the whole run. One run per instance.
 */
public final class FleetSimulation {
  private final SimulationPlan plan;
  private final PrintWriter progress;
  private final List<Snapshot> samples = new CopyOnWriteArrayList<>();
  private final AtomicLong lastLag = new AtomicLong(-1);
  private final AtomicInteger scanning = new AtomicInteger();
  private final CountDownLatch drained = new CountDownLatch(1);
  private final Random random = new Random(20);
  private volatile double killedAt = -1;
  private volatile double stoppingAt = -1;
  private volatile double stoppedAt = -1;
  private volatile double startedAt = -1;
  private volatile double scansDoneAt = -1;
  private Instant start;

  private FleetSimulation(SimulationPlan plan, PrintWriter progress) {
    this.plan = plan;
    this.progress = progress;
  }

  /**
   * Runs {@code plan} with every store and the broker's data under {@code dir}; blocks until it has
   * drained or timed out, and everything it started has stopped. Progress lines, one every ten
   * seconds, go to {@code progress}.
   */
  public static SimulationReport run(SimulationPlan plan, Path dir, PrintWriter progress)
      throws Exception {
    return new FleetSimulation(plan, progress).go(dir);
  }

  private SimulationReport go(Path dir) throws Exception {
    ScheduledExecutorService timer =
        Executors.newScheduledThreadPool(4, DaemonThreads.named("simulation"));
    try (SimulatedFleet fleet = SimulatedFleet.start(plan, dir)) {
      progress.printf("fleet simulate: %d stations running; scanning%n", plan.stations());
      start = Instant.now();
      scanning.set(plan.stations());
      fleet.stations().forEach(s -> scanSoon(timer, s, true));
      stage(timer, fleet);
      timer.scheduleAtFixedRate(() -> sample(fleet), 1, 1, TimeUnit.SECONDS);
      timer.scheduleWithFixedDelay(() -> lastLag.set(fleet.lag()), 0, 1, TimeUnit.SECONDS);
      drained.await(plan.timeout().toMillis(), TimeUnit.MILLISECONDS);
      Instant end = Instant.now();
      timer.shutdownNow();
      timer.awaitTermination(60, TimeUnit.SECONDS);
      SimulationEvents events =
          new SimulationEvents(killedAt, stoppingAt, stoppedAt, startedAt, scansDoneAt);
      return ReportBuilder.build(
          plan, start, end, samples, fleet.accepted(), fleet.published(), fleet.tally(), events);
    } finally {
      timer.shutdownNow();
    }
  }

  /** Schedules the station's next scan, half to one and a half intervals away. */
  private void scanSoon(ScheduledExecutorService timer, SimulatedStation s, boolean first) {
    long mean = plan.scanInterval().toMillis();
    long delay = first ? (long) (random.nextDouble() * mean) : mean / 2 + random.nextLong(mean + 1);
    timer.schedule(
        () -> {
          if (s.scanNext()) {
            scanSoon(timer, s, false);
          } else if (scanning.decrementAndGet() == 0) {
            scansDoneAt = since();
          }
        },
        delay,
        TimeUnit.MILLISECONDS);
  }

  private void stage(ScheduledExecutorService timer, SimulatedFleet fleet) {
    if (!plan.killAfter().isZero()) {
      timer.schedule(
          () -> {
            fleet.killDispatcher();
            killedAt = since();
            progress.printf("fleet simulate: %.1f s: dispatcher 1 killed%n", killedAt);
          },
          plan.killAfter().toMillis(),
          TimeUnit.MILLISECONDS);
    }
    if (!plan.outage().isZero()) {
      timer.schedule(() -> outage(fleet), plan.outageAt().toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** Stops the broker, keeps it down for the outage (counted from its stop), and starts it. */
  private void outage(SimulatedFleet fleet) {
    stoppingAt = since();
    progress.printf("fleet simulate: %.1f s: broker stopping%n", stoppingAt);
    fleet.brokerDown();
    stoppedAt = since();
    progress.printf("fleet simulate: %.1f s: broker stopped%n", stoppedAt);
    try {
      Thread.sleep(plan.outage().toMillis()); // the outage itself, not a wait for a condition
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    fleet.brokerUp();
    startedAt = since();
    progress.printf("fleet simulate: %.1f s: broker started again%n", startedAt);
  }

  private void sample(SimulatedFleet fleet) {
    try {
      takeSample(fleet);
    } catch (RuntimeException e) {
      // a task that throws is never run again: the run would go on blind until its timeout
      progress.printf("fleet simulate: a sample failed (%s); the next one tries again%n", e);
    }
  }

  private void takeSample(SimulatedFleet fleet) {
    BackendTally tally = fleet.tally();
    Set<String> accepted = fleet.accepted();
    long delivered = accepted.stream().filter(tally.numbers()::contains).count();
    Snapshot s =
        new Snapshot(Instant.now(), accepted.size(), fleet.published(), delivered, lastLag.get());
    samples.add(s);
    if (samples.size() % 10 == 0) {
      progress.printf(
          "fleet simulate: %d s: sent %d, published %d, delivered %d, lag %d%n",
          samples.size(), s.sent(), s.published(), s.delivered(), s.lag());
    }
    if (scanning.get() == 0 && delivered == accepted.size()) {
      drained.countDown();
    }
  }

  private double since() {
    return Duration.between(start, Instant.now()).toMillis() / 1000.0;
  }
}
