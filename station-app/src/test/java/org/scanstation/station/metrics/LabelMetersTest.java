package org.scanstation.station.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scanstation.device.printer.queue.JobEvent;
import org.scanstation.device.printer.queue.JobState;

class LabelMetersTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final LabelMeters labels = new LabelMeters(registry, Set.of("printer-1"));

  @Test
  void aJobHeldForSeveralReasonsCountsAsHeldOnceThenPrinted() {
    labels.jobChanged(event("j1", "printer-1", JobState.QUEUED));
    labels.jobChanged(event("j1", "printer-1", JobState.HELD));
    labels.jobChanged(event("j1", "printer-1", JobState.HELD));
    labels.jobChanged(event("j1", "printer-1", JobState.SENDING));
    labels.jobChanged(event("j1", "printer-1", JobState.PRINTED));
    assertThat(count("printer-1", "held")).isEqualTo(1);
    assertThat(count("printer-1", "printed")).isEqualTo(1);
    assertThat(count("printer-1", "failed")).isZero();
  }

  @Test
  void aPrinterNamedByAddressCountsAsOtherSoNoAddressBecomesALabel() {
    labels.jobChanged(event("j2", "tcp://10.0.0.9:9100", JobState.FAILED));
    assertThat(count("other", "failed")).isEqualTo(1);
    assertThat(registry.find("station.labels").tag("printer", "tcp://10.0.0.9:9100").counter())
        .isNull();
  }

  private double count(String printer, String outcome) {
    return registry
        .get("station.labels")
        .tag("printer", printer)
        .tag("outcome", outcome)
        .counter()
        .count();
  }

  private static JobEvent event(String job, String printer, JobState state) {
    return new JobEvent(job, printer, state, 0, false, -1, null, null, Instant.EPOCH);
  }
}
