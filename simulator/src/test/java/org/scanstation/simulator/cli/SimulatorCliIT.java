package org.scanstation.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's long-running commands in-process, driven by standard input. */
class SimulatorCliIT {
  @TempDir Path dir;

  @Test
  void printerRunsUntilQuitAndTakesConsoleCommands() {
    CliRun r =
        CliRun.withStdin(
            "fault paper-out\nstatus\nclear\nquit\n",
            "printer",
            "--fault",
            "paused",
            "--admin-port",
            "-1");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .containsPattern("printer: listening on tcp 127\\.0\\.0\\.1:\\d+")
        .contains("\"faults\":[\"paper-out\",\"paused\"]")
        .contains("printer: stopped")
        .doesNotContain("admin:");
  }

  @Test
  void aTsplPrinterSaysItsLanguageAtStartAndInItsStatus() {
    CliRun r =
        CliRun.withStdin("status\nquit\n", "printer", "--lang", "tspl", "--admin-port", "-1");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .containsPattern("printer: listening on tcp 127\\.0\\.0\\.1:\\d+")
        .contains("printer: language tspl")
        .contains("\"language\":\"tspl\"")
        .contains("\"refused\":[]");
  }

  @Test
  void backendRunsUntilQuit() {
    CliRun r = CliRun.withStdin("fault fail-rate 0.5\nstatus\nquit\n", "backend", "--api-key", "k");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .containsPattern("backend: http://127\\.0\\.0\\.1:\\d+/tracking/2024-04")
        .contains("admin: http://127.0.0.1:")
        .contains("\"failRate\":0.5")
        .doesNotContain("\"k\"");
  }

  @Test
  void uspsApiRunsUntilQuitAndNeverPrintsTheSecret() throws IOException {
    Path secret = Files.writeString(dir.resolve("usps-secret"), "Very-S3cret\n");
    CliRun r =
        CliRun.withStdin(
            "status\nfault latency 1s\nquit\n",
            "usps-api",
            "--own-mids",
            "123456,987654321",
            "--client-secret-file",
            secret.toString(),
            "--token-ttl",
            "5m");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .containsPattern("usps-api: http://127\\.0\\.0\\.1:\\d+ \\(client scan-station")
        .contains("\"tokensIssued\":0")
        .contains("usps-api: stopped")
        .doesNotContain("Very-S3cret");
    assertThat(r.out() + r.err()).contains("no fault 'latency'").doesNotContain("Very-S3cret");
  }

  @Test
  void scannerFeedsLinesAndCommands() {
    CliRun r =
        CliRun.withStdin(
            "123<GS>456\n:unplug\n:replug\n:status\n",
            "scanner",
            "--pty",
            dir.resolve("s").toString(),
            "--rate",
            "100",
            "--exit-when-done");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("scanner: serial port " + dir.resolve("s"))
        .contains("plugged in at")
        .contains("sent 1");
    assertThat(dir.resolve("s")).doesNotExist();
  }

  @Test
  void aMissingSocatIsAClearFailure() {
    String old = System.getProperty("scanstation.socat");
    System.setProperty("scanstation.socat", "/nonexistent/socat");
    try {
      CliRun r = CliRun.run("scanner", "--pty", dir.resolve("s").toString(), "--exit-when-done");
      assertThat(r.exit()).isEqualTo(1);
      assertThat(r.err()).contains("socat is missing").contains("--tcp");
    } finally {
      if (old == null) {
        System.clearProperty("scanstation.socat");
      } else {
        System.setProperty("scanstation.socat", old);
      }
    }
  }
}
