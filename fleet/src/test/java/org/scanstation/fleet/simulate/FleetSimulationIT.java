package org.scanstation.fleet.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small fleet, all real: three stations with their own Derby stores publishing through their sync
 * jobs, the fleet's broker stopped for two seconds mid-run, two dispatchers of which one is killed
 * after three seconds, and the simulator's backend at its 10/s limit counting for itself.
 */
class FleetSimulationIT {
  @TempDir Path dir;

  @Test
  void aKilledDispatcherAndABrokerOutageLoseNothingDoubleNothingAndStayUnderTheLimit()
      throws Exception {
    SimulationPlan plan =
        new SimulationPlan(
            3,
            15,
            2,
            10,
            Duration.ofMillis(300),
            Duration.ofSeconds(3),
            Duration.ofSeconds(5),
            Duration.ofSeconds(2),
            Duration.ofSeconds(75));
    StringWriter progress = new StringWriter();

    SimulationReport r = FleetSimulation.run(plan, dir, new PrintWriter(progress, true));

    SimulationTotals t = r.totals();
    assertThat(t.drained()).as(r.summary()).isTrue();
    assertThat(t.sent()).isEqualTo(45);
    assertThat(t.lost()).isZero();
    assertThat(t.delivered()).isEqualTo(45);
    assertThat(t.duplicateCreates()).isZero();
    assertThat(t.peakPerSecond()).isLessThanOrEqualTo(10);
    assertThat(t.rateLimitedShare()).isLessThanOrEqualTo(0.01);
    // the report's totals are the backend's own counts
    assertThat(t.requests()).isEqualTo(r.backend().requests());
    assertThat(t.rateLimited()).isEqualTo(r.backend().rateLimited());
    assertThat(t.answeredExisting()).isEqualTo(r.backend().duplicates());
    assertThat(t.delivered() + t.duplicateCreates()).isEqualTo(r.backend().creates());
    assertThat(t.redundantCalls()).isEqualTo(r.backend().requests() - 45);
    assertThat(r.seconds().stream().mapToLong(SecondRow::requests).sum())
        .isEqualTo(r.backend().requests());
    // the failures were staged, not skipped
    assertThat(r.events().dispatcherKilled()).isGreaterThanOrEqualTo(3);
    assertThat(r.events().brokerStopped()).isGreaterThanOrEqualTo(r.events().brokerStopping());
    assertThat(r.events().brokerStarted()).isGreaterThan(r.events().brokerStopped()).isPositive();
    System.out.print(r.summary());
    assertThat(progress.toString()).contains("dispatcher 1 killed", "broker started again");
  }
}
