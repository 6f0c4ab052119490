package org.scanstation.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulatorCliTest {
  @Test
  void everySubcommandHasHelp() {
    CommandLine cli = SimulatorCli.commandLine(CliStreams.system());
    assertThat(cli.getSubcommands())
        .containsKeys("printer", "backend", "usps-api", "scanner", "shift");
    for (String name : cli.getSubcommands().keySet()) {
      if (name.equals("help")) {
        continue;
      }
      CliRun r = CliRun.run(name, "--help");
      assertThat(r.exit()).as("%s --help", name).isZero();
      assertThat(r.out()).as("%s --help", name).contains("Usage: simulator " + name);
    }
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(CliRun.run().err()).contains("Missing a command");
    assertThat(CliRun.run().exit()).isEqualTo(2);
    assertThat(CliRun.run("frobnicate").exit()).isEqualTo(2);
    CliRun printer = CliRun.run("printer", "--fault", "on-fire");
    assertThat(printer.exit()).isEqualTo(2);
    assertThat(printer.err()).contains("unknown printer fault 'on-fire'");
    CliRun lang = CliRun.run("printer", "--lang", "escp");
    assertThat(lang.exit()).isEqualTo(2);
    assertThat(lang.err())
        .contains("--lang: unknown printer language 'escp'; use one of zpl, tspl, epl");
    CliRun shift = CliRun.run("shift", "--parcels", "3");
    assertThat(shift.exit()).isEqualTo(2);
    assertThat(shift.err()).contains("--pty").contains("--dry-run");
    assertThat(CliRun.run("shift", "--dry-run", "--mix", "valid=x").err()).contains("'x'");
    assertThat(CliRun.run("scanner", "--pty", "a", "--tcp", "1").exit()).isEqualTo(2);
  }

  @Test
  void aDurationWithoutAUnitIsAUsageErrorNamingTheOptionAndTheForms() {
    CliRun r = CliRun.run("backend", "--api-key", "k", "--port", "-1", "--latency", "3");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("--latency")
        .contains("'3' is not a duration; write 250ms, 30s, 5m, 2h, 7d or ISO-8601 such as PT30S");
    assertThat(CliRun.run("shift", "--dry-run", "--linger", "soon").err())
        .contains("--linger")
        .contains("'soon' is not a duration");
  }

  @Test
  void durationOptionsTakeTheStationsForms() {
    for (String d : new String[] {"250ms", "1.5s", "30s", "5m", "2h", "7d", "PT30S"}) {
      CliRun r = CliRun.run("shift", "--dry-run", "--parcels", "1", "--start-delay", d);
      assertThat(r.exit()).as(d).isZero();
    }
  }

  @Test
  void badCarrierAndWebhookOptionsAreUsageErrorsNamingTheOption() {
    CliRun rate = CliRun.run("backend", "--api-key", "k", "--carrier-scan-rate", "1.5");
    assertThat(rate.exit()).isEqualTo(2);
    assertThat(rate.err()).contains("carrier scan rate must be 0..1, not 1.5");
    CliRun order =
        CliRun.run(
            "backend", "--api-key", "k", "--carrier-scan-after", "5s", "--deliver-after", "2s");
    assertThat(order.exit()).isEqualTo(2);
    assertThat(order.err()).contains("deliver-after").contains("carrier-scan-after");
    CliRun hook = CliRun.run("backend", "--api-key", "k", "--webhook-url", "http://127.0.0.1:1/");
    assertThat(hook.exit()).isEqualTo(2);
    assertThat(hook.err()).contains("--webhook-url needs --webhook-secret-file FILE");
  }

  @Test
  void theBackendNeedsAKey() {
    CliRun r = CliRun.run("backend");
    if (System.getenv(BackendCommand.API_KEY_ENV) == null) {
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains("Missing the API key").contains("SIMULATOR_API_KEY");
    }
  }

  @Test
  void theUspsApiNeedsASecretAndMailerIds(@TempDir Path dir) throws IOException {
    CliRun noSecret = CliRun.run("usps-api", "--own-mids", "123456");
    if (System.getenv(UspsApiCommand.SECRET_ENV) == null) {
      assertThat(noSecret.exit()).isEqualTo(2);
      assertThat(noSecret.err()).contains("Missing the client secret").contains("--client-secret");
    }
    Path secret = Files.writeString(dir.resolve("secret"), "s3cr3t\n");
    CliRun badMid =
        CliRun.run(
            "usps-api", "--own-mids", "123456,12x", "--client-secret-file", secret.toString());
    assertThat(badMid.exit()).isEqualTo(2);
    assertThat(badMid.err()).contains("'12x' is not a Mailer ID").doesNotContain("s3cr3t");
  }

  @Test
  void aDryRunShiftPrintsItsExpectations() {
    CliRun a = CliRun.run("shift", "--dry-run", "--parcels", "20", "--seed", "9");
    CliRun b = CliRun.run("shift", "--dry-run", "--parcels", "20", "--seed", "9");
    assertThat(a.exit()).isZero();
    assertThat(a.out().lines()).hasSize(20).allMatch(l -> l.startsWith("{\"seq\":"));
    assertThat(a.out()).isEqualTo(b.out());
    assertThat(a.err()).contains("policy.mailer-id-allow=123456,912345678");
  }

  @Test
  void printsItsVersion() {
    assertThat(CliRun.run("--version").out()).startsWith("simulator ");
  }
}
