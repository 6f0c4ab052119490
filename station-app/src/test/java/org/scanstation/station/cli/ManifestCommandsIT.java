package org.scanstation.station.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.station.domain.tracking.Mod10;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code station manifest close|list|show|export} on a store opened directly: the JSON each prints,
 * the distinct exit status of an empty day, a void refused after the close, {@code verify} with
 * manifests, and an export whose hostile cells no spreadsheet runs.
 */
class ManifestCommandsIT {
  private static final String PIN = "4321";
  private static final String N1 = Mod10.withCheckDigit("940011189922300000031");
  private static final String N2 = Mod10.withCheckDigit("940011189922300000032");
  private static final String N3 = Mod10.withCheckDigit("940011189922300000033");

  @TempDir Path dir;

  private CliRun station(String... args) {
    Map<String, String> env = new HashMap<>();
    env.put("STATION_SUPERVISOR_PIN", PIN);
    env.put("STATION_PIN", PIN);
    env.put("STATION_POLICY_UNKNOWN_SHIPMENT", "accept");
    env.put("STATION_MANIFEST_ORIGIN_ZIP", "10001");
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--data-dir";
    all[args.length + 1] = dir.toString();
    return CliRun.run(new byte[0], env, all);
  }

  private static JsonNode json(String s) {
    return JsonMapper.shared().readTree(s);
  }

  /** Edits the store behind the station's back, as a foreign import or a tamperer would. */
  private void sql(String statement) throws SQLException {
    String url = "jdbc:derby:" + dir.resolve("store");
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement ps = c.prepareStatement(statement)) {
      ps.executeUpdate();
    }
    try {
      DriverManager.getConnection(url + ";shutdown=true").close();
    } catch (SQLException shutDown) {
      assertThat(shutDown.getSQLState()).isEqualTo("08006");
    }
  }

  private void importAndAccept() throws Exception {
    Path csv = dir.resolve("orders.csv");
    Files.writeString(
        csv,
        "tracking_number,order_id,service,to_name,to_street1,to_city,to_state,to_zip,weight_oz\n"
            + N1
            + ",o-1,priority-mail,Ada,1 Main St,New York,NY,10001,12\n"
            + N2
            + ",o-2,ground-advantage,Bob,2 Main St,Chicago,IL,60601,\n",
        StandardCharsets.UTF_8);
    CliRun imported = station("import", "shipments", csv.toString());
    assertThat(imported.exit()).as(imported.err()).isZero();
    for (String n : List.of(N1, N2, N3)) {
      assertThat(station("accept", "--operator", "ana", n).exit()).isZero();
    }
  }

  private String closeToday() {
    CliRun close = station("manifest", "close", "--operator", "sup");
    assertThat(close.exit()).as(close.err()).isZero();
    return json(close.out()).get("id").asString();
  }

  @Test
  void closePrintsTheManifestAndASecondCloseOfAnEmptyDayExitsThreeWithNoManifest()
      throws Exception {
    importAndAccept();
    CliRun close = station("manifest", "close", "--operator", "sup");
    assertThat(close.exit()).as(close.err()).isZero();
    JsonNode m = json(close.out());
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    assertThat(m.get("id").asString()).isEqualTo("station-1-" + today.replace("-", "") + "-1");
    assertThat(m.get("pieces").asInt()).isEqualTo(3);
    assertThat(m.get("root").asString()).hasSize(64);
    assertThat(m.get("date").asString()).isEqualTo(today);
    assertThat(m.get("originZip").asString()).isEqualTo("10001");
    assertThat(m.get("byService").get("priority-mail").asInt()).isEqualTo(1);
    assertThat(m.get("byService").get("unknown").asInt()).isEqualTo(1);
    assertThat(m.get("closedAt").asString()).endsWith("Z");

    CliRun empty = station("manifest", "close", "--operator", "sup");
    assertThat(empty.exit()).isEqualTo(ManifestCommand.NOTHING_TO_CLOSE);
    assertThat(empty.out()).isEmpty();
    assertThat(empty.err()).contains("nothing to close");
    assertThat(station("manifest", "list").outLines()).hasSize(1);

    CliRun verify = station("verify");
    assertThat(verify.exit()).as(verify.out()).isZero();
    assertThat(verify.out()).contains("\"checked\" : 4").contains("\"manifests\" : 1");
  }

  @Test
  void listShowsNewestFirstAndShowListsThePiecesWithTheirShipments() throws Exception {
    importAndAccept();
    String first = closeToday();
    String n4 = Mod10.withCheckDigit("940011189922300000034");
    station("accept", "--operator", "ana", n4);
    String second = closeToday();

    List<String> list = station("manifest", "list").outLines();
    assertThat(list).hasSize(2);
    assertThat(json(list.get(0)).get("id").asString()).isEqualTo(second);
    assertThat(json(list.get(1)).get("id").asString()).isEqualTo(first);

    CliRun show = station("manifest", "show", first);
    assertThat(show.exit()).isZero();
    JsonNode pieces = json(show.out()).get("pieces");
    assertThat(pieces.size()).isEqualTo(3);
    assertThat(pieces.get(0).get("trackingNumber").asString()).isEqualTo(N1);
    assertThat(pieces.get(0).get("service").asString()).isEqualTo("priority-mail");
    assertThat(pieces.get(0).get("destinationZip").asString()).isEqualTo("10001");
    assertThat(pieces.get(0).get("acceptedAt").asString()).endsWith("Z");
    assertThat(json(station("manifest", "show", second).out()).get("pieces").size()).isEqualTo(1);

    CliRun unknown = station("manifest", "show", "no-such-manifest");
    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.err()).contains("no manifest 'no-such-manifest'");
  }

  @Test
  void aParcelOnAClosedManifestCannotBeVoided() throws Exception {
    importAndAccept();
    String id = closeToday();
    CliRun v = station("void", N1, "--reason", "customer cancelled", "--operator", "sup");
    assertThat(v.exit()).isEqualTo(1);
    assertThat(v.err()).contains("handed off on manifest " + id);
  }

  @Test
  void exportWritesOnePieceARowAndNoSpreadsheetRunsAHostileCell() throws Exception {
    importAndAccept();
    String id = closeToday();
    sql("UPDATE shipment SET to_zip = '=1+2' WHERE tracking_number = '" + N2 + "'");

    CliRun csv = station("manifest", "export", id, "--format", "csv");
    assertThat(csv.exit()).as(csv.err()).isZero();
    String date = LocalDate.now(ZoneOffset.UTC).toString();
    assertThat(csv.outLines())
        .containsExactly(
            "trackingNumber,serviceTypeCode,extraServices,destinationZip,mailingDate,weightOz",
            "\"" + N1 + "\",\"001\",\"\",\"10001\",\"" + date + "\",12",
            "\"" + N2 + "\",\"001\",\"\",\"'=1+2\",\"" + date + "\",",
            "\"" + N3 + "\",\"001\",\"\",\"\",\"" + date + "\",");

    CliRun jsonl = station("manifest", "export", id, "--format", "jsonl");
    assertThat(jsonl.outLines()).hasSize(3);
    JsonNode second = json(jsonl.outLines().get(1));
    assertThat(second.get("destinationZip").asString()).isEqualTo("=1+2");
    assertThat(second.get("weightOz").isNull()).isTrue();
    assertThat(station("manifest", "export", "nope", "--format", "csv").exit()).isEqualTo(1);
  }
}
