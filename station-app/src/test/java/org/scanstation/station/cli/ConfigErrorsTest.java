package org.scanstation.station.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad settings and options stop a command with status 2, naming the key, value, form and source.
 */
class ConfigErrorsTest {
  @TempDir Path dir;

  @Test
  void aMisspeltBooleanInTheEnvironmentStopsTheStartNamingKeyValueFormAndSource() {
    CliRun r =
        CliRun.run(
            new byte[0],
            Map.of("STATION_SYNC_ENABLED", "ture", "STATION_HTTP_PORT", "0"),
            "run",
            "--data-dir",
            dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("sync.enabled='ture'")
        .contains("environment variable STATION_SYNC_ENABLED")
        .contains("must be true or false");
    assertThat(dir.resolve("store")).doesNotExist();
  }

  @Test
  void aBadDurationInAConfigFileIsNamedWithTheFileAndEveryBadValueIsReportedAtOnce()
      throws Exception {
    Path config = dir.resolve("station.properties");
    Files.writeString(
        config, "printer.status-timeout=fast\nsync.rate-limit=0\nlabel.dpi=600\nhttp.port=70000\n");
    CliRun r = CliRun.run("verify", "--config", config.toString(), "--data-dir", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("4 bad values")
        .contains("printer.status-timeout='fast' (from file " + config + ")")
        .contains("250ms, 30s, 5m, 2h, 7d")
        .contains("sync.rate-limit='0'")
        .contains("label.dpi='600'")
        .contains("203 or 300")
        .contains("http.port='70000'");
  }

  @Test
  void aBadDurationOptionIsAUsageErrorAndDaysAreADuration() throws Exception {
    Path file = dir.resolve("x.zpl");
    Files.writeString(file, "^XA^XZ");
    CliRun bad =
        CliRun.run("print", file.toString(), "--printer", "tcp://127.0.0.1:9", "--wait", "1x");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("'1x' is not a duration");
    CliRun days = CliRun.run("printer-status", "--printer", "tcp://127.0.0.1:9", "--timeout", "1d");
    assertThat(days.exit()).as("parsed, then the port refused: unreachable").isEqualTo(4);
  }

  @Test
  void aScannerOrPrinterUriThatIsNotValidIsABadValueAtLoad() {
    CliRun r =
        CliRun.run(
            new byte[0],
            Map.of(
                "STATION_SCANNERS", "desk-1=serial:/dev/ttyACM0?baud=9600&baud=19200",
                "STATION_PRINTERS", "dock-1=lpd://10.0.0.7/queue"),
            "verify",
            "--data-dir",
            dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("2 bad values")
        .contains("scanners='desk-1=serial:/dev/ttyACM0?baud=9600&baud=19200'")
        .contains("desk-1: scanner URI")
        .contains("'baud' is given twice")
        .contains("printers='dock-1=lpd://10.0.0.7/queue'")
        .contains("dock-1: printer URI 'lpd://10.0.0.7/queue'");
  }
}
