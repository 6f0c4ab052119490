package org.scanstation.station.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.station.StationProcess;
import org.scanstation.station.domain.tracking.Mod10;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A supervisor works while the station runs: every store command goes through the running station's
 * local API, says so, and behaves as it does on the store directly.
 */
class RunningStationIT {
  @TempDir Path dataDir;
  @TempDir Path work;

  private static final String N1 = Mod10.withCheckDigit("940011189922300000001");
  private static final String N2 = Mod10.withCheckDigit("940011189922300000002");

  private CliRun cli(String stdin, String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--data-dir";
    all[args.length + 1] = dataDir.toString();
    return CliRun.run(stdin.getBytes(StandardCharsets.UTF_8), Map.of("STATION_PIN", "2468"), all);
  }

  private static JsonNode json(String s) {
    return JsonMapper.shared().readTree(s);
  }

  @Test
  void commandsGoThroughTheRunningStationAndTheStoreAfterItStops() throws Exception {
    Map<String, String> env = Map.of("STATION_HTTP_PORT", "0", "STATION_SUPERVISOR_PIN", "2468");
    try (StationProcess station =
        StationProcess.start(env, "run", "--data-dir", dataDir.toString())) {
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> Files.exists(dataDir.resolve("run/station.json")));

      Path csv = work.resolve("orders.csv");
      Files.writeString(
          csv,
          "tracking_number,order_id,service,to_name,to_street1,to_city,to_state,to_zip\n"
              + N1
              + ",A-1,priority-mail,Ada,1 Main St,New York,NY,10001\n"
              + "123,A-2,priority-mail,Bob,2 Main St,Boston,MA,02110\n");
      CliRun imported = cli("", "import", "shipments", csv.toString());
      assertThat(imported.err())
          .as(imported.out())
          .contains("used the running station (pid " + station.pid() + ")");
      assertThat(imported.exit()).as(imported.out() + imported.err()).isEqualTo(1);
      assertThat(json(imported.out()).get("inserted").asInt()).isEqualTo(1);
      assertThat(json(imported.out()).get("rejected").get(0).get("line").asLong()).isEqualTo(3);

      CliRun accepted = cli(N1 + "\n" + N1 + "\n" + "junk\n", "accept", "--operator", "ana");
      List<String> lines = accepted.outLines();
      assertThat(lines).hasSize(3);
      assertThat(json(lines.get(0)).get("result").asString()).isEqualTo("ACCEPTED");
      assertThat(json(lines.get(1)).get("result").asString()).isEqualTo("DUPLICATE");
      assertThat(json(lines.get(1)).get("operatorId").asString()).isEqualTo("ana");
      assertThat(json(lines.get(2)).get("reason").asString()).isEqualTo("NON_DIGIT");
      assertThat(accepted.exit()).isEqualTo(1);

      CliRun reprint = cli("", "reprint", N1, "--reason", "label smudged", "--operator", "sup");
      assertThat(reprint.exit()).as(reprint.err()).isZero();
      CliRun wrongPin =
          CliRun.run(
              new byte[0],
              Map.of("STATION_PIN", "1111"),
              "reprint",
              N1,
              "--reason",
              "again",
              "--operator",
              "eve",
              "--data-dir",
              dataDir.toString());
      assertThat(wrongPin.exit()).isEqualTo(1);
      assertThat(wrongPin.err()).contains("wrong supervisor PIN");

      CliRun shown = cli("", "show", "A-1");
      JsonNode view = json(shown.out());
      assertThat(view.get("trackingNumber").asString()).isEqualTo(N1);
      assertThat(view.get("printJobs")).hasSize(2);
      assertThat(view.get("audit").get(0).get("type").asString()).isEqualTo("REPRINT");

      String today = LocalDate.now(java.time.ZoneOffset.UTC).toString();
      CliRun export = cli("", "export", "--from", today, "--to", today, "--format", "csv");
      assertThat(export.outLines()).hasSize(2);
      assertThat(export.outLines().get(0)).startsWith("seq,eventId,trackingNumber");
      assertThat(export.outLines().get(1)).contains(N1).contains("A-1");

      assertThat(cli("", "verify").exit()).isZero();
      CliRun backup = cli("", "backup", work.resolve("backup").toString());
      assertThat(backup.exit()).isZero();
      assertThat(work.resolve("backup/store")).isDirectory();

      try (StationProcess second =
          StationProcess.start(env, "run", "--data-dir", dataDir.toString())) {
        assertThat(second.waitFor(30)).isEqualTo(1);
        assertThat(second.err()).contains("store " + dataDir.resolve("store")).contains("in use");
      }

      station.terminate();
      assertThat(station.waitFor(30))
          .as("128 + SIGTERM, after the shutdown hook ran")
          .isEqualTo(143);
      await()
          .atMost(Duration.ofSeconds(5))
          .untilAsserted(() -> assertThat(station.err()).contains("station stopped"));
    }
    assertThat(dataDir.resolve("run/station.json")).doesNotExist();
    CliRun direct = cli(N2 + "\n", "accept", "--operator", "bo");
    assertThat(direct.err()).contains("opened store " + dataDir.resolve("store") + " directly");
    assertThat(json(direct.out()).get("result").asString()).isEqualTo("ACCEPTED");
    assertThat(cli("", "verify").exit()).isZero();
  }
}
