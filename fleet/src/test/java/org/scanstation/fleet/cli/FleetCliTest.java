package org.scanstation.fleet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class FleetCliTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return FleetCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void helpNamesTheCommands() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("broker", "dispatch", "dead-letters", "simulate");
  }

  @Test
  void dispatchHelpNamesItsOptionsAndDefaults() {
    assertThat(run("dispatch", "--help")).isZero();
    assertThat(out.toString())
        .contains("--bootstrap-servers", "--backend-url", "--api-key-file", "--group")
        .contains("scanstation-dispatchers", "--rate-limit", "--port", "8090");
  }

  @Test
  void aReplayMustSayWhich() {
    assertThat(run("dead-letters", "replay")).isEqualTo(2);
    assertThat(err.toString()).contains("--id", "--all");
    assertThat(run("dead-letters", "replay", "--id", "x", "--all")).isEqualTo(2);
  }

  @Test
  void aBrokerNeedsItsDirectory() {
    assertThat(run("broker")).isEqualTo(2);
    assertThat(err.toString()).contains("--data");
  }

  @Test
  void aSimulationThatWouldKillItsOnlyDispatcherIsAUsageError() {
    assertThat(
            run(
                "simulate",
                "--stations",
                "2",
                "--parcels",
                "3",
                "--dispatchers",
                "1",
                "--kill-dispatcher-after",
                "2s",
                "--report",
                "r.json"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--dispatchers 2");
  }

  @Test
  void aSimulationReadsDurationsInTheOneFormatAndNeedsItsReport() {
    assertThat(run("simulate", "--stations", "1", "--parcels", "1", "--broker-outage", "5 s"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("'5 s' is not a duration");
    assertThat(run("simulate", "--stations", "1", "--parcels", "1")).isEqualTo(2);
    assertThat(err.toString()).contains("--report");
  }
}
