package org.scanstation.station.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.station.domain.tracking.Mod10;

/**
 * {@code station void}, {@code station complete}, and what {@code show}, {@code export} and {@code
 * verify} then say, on a store opened directly; and {@code verify} finding a void link that was
 * edited or deleted.
 */
class VoidCommandsIT {
  private static final String PIN = "4321";
  private static final String N1 = Mod10.withCheckDigit("940011189922300000021");
  private static final String N2 = Mod10.withCheckDigit("940011189922300000022");
  private static final String N3 = Mod10.withCheckDigit("940011189922300000023");

  @TempDir Path dir;

  private CliRun station(String pin, String... args) {
    Map<String, String> env = new HashMap<>();
    env.put("STATION_SUPERVISOR_PIN", PIN);
    env.put("STATION_POLICY_UNKNOWN_SHIPMENT", "accept");
    if (pin != null) {
      env.put("STATION_PIN", pin);
    }
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--data-dir";
    all[args.length + 1] = dir.toString();
    return CliRun.run(new byte[0], env, all);
  }

  /** Edits the store behind the station's back, as a tamperer would: plain JDBC, no checks. */
  private void sql(String statement) throws SQLException {
    String url = "jdbc:derby:" + dir.resolve("store");
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement ps = c.prepareStatement(statement)) {
      ps.executeUpdate();
    }
    try {
      DriverManager.getConnection(url + ";shutdown=true").close();
    } catch (SQLException shutDown) {
      // Derby reports a clean shutdown of one database as SQLState 08006
      assertThat(shutDown.getSQLState()).isEqualTo("08006");
    }
  }

  private void acceptAll(String... numbers) {
    for (String n : numbers) {
      assertThat(station(null, "accept", "--operator", "ana", n).exit()).isZero();
    }
  }

  @Test
  void aVoidShowsInShowExportAndVerifyAndAVoidedNumberIsRefusedWhenScannedAgain() {
    acceptAll(N1, N2);
    CliRun v = station(PIN, "void", N1, "--reason", "customer cancelled", "--operator", "sup");
    assertThat(v.exit()).as(v.err()).isZero();
    assertThat(v.out()).contains("\"seq\" : 3").contains("\"backend\" : \"NOTHING_SENT\"");

    assertThat(station(null, "show", N1).out())
        .contains("\"voided\"")
        .contains("\"reason\" : \"customer cancelled\"")
        .contains("\"status\" : \"CANCELLED\"");
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    CliRun export = station(null, "export", "--from", today, "--to", today, "--format", "jsonl");
    assertThat(export.outLines()).hasSize(2);
    assertThat(export.outLines().get(0))
        .contains("\"voidSeq\":3")
        .contains("\"voidedBy\":\"sup\"")
        .contains("\"voidReason\":\"customer cancelled\"");
    assertThat(export.outLines().get(1)).contains("\"voidSeq\":null");
    CliRun verify = station(null, "verify");
    assertThat(verify.exit()).isZero();
    assertThat(verify.out()).contains("\"checked\" : 3").contains("\"voids\" : 1");

    CliRun again = station(null, "accept", "--operator", "ana", N1);
    assertThat(again.out()).contains("VOIDED");
    CliRun track = station(null, "track", N1, "--format", "json");
    assertThat(track.out())
        .contains("\"state\" : \"VOIDED\"")
        .contains("\"what\" : \"VOIDED\"")
        .contains("by sup: ");
  }

  @Test
  void aWrongPinIsRefusedAndChangesNothing() {
    acceptAll(N1);
    CliRun v = station("0000", "void", N1, "--reason", "customer cancelled", "--operator", "sup");
    assertThat(v.exit()).isEqualTo(1);
    assertThat(v.err()).containsIgnoringCase("pin").doesNotContain("0000");
    assertThat(station(null, "show", N1).out()).contains("\"voided\" : null");
    assertThat(station(null, "verify").out()).contains("\"checked\" : 1");
  }

  @Test
  void completeSaysHowTheParcelEndedAndShowSaysSo() {
    acceptAll(N1);
    CliRun c =
        station(
            PIN, "complete", N1, "--as", "LOST", "--reason", "never arrived", "--operator", "sup");
    assertThat(c.exit()).as(c.err()).isZero();
    assertThat(c.out()).contains("\"stateReason\" : \"LOST: never arrived\"");
    assertThat(station(null, "show", N1).out()).contains("\"as\" : \"LOST\"");
    assertThat(station(null, "track", N1).out()).contains("COMPLETED").contains("[COMPLETED: LOST");
    CliRun bad =
        station(PIN, "complete", N1, "--as", "STOLEN", "--reason", "gone", "--operator", "sup");
    assertThat(bad.exit()).isEqualTo(2);
  }

  @Test
  void verifyNamesAVoidThatWasEditedOrDeleted() throws SQLException {
    acceptAll(N1, N2);
    station(PIN, "void", N1, "--reason", "customer cancelled", "--operator", "sup");
    acceptAll(N3); // seq 4, after the void

    sql("UPDATE acceptance_void SET reason = 'never happened' WHERE seq = 3");
    CliRun edited = station(null, "verify");
    assertThat(edited.exit()).isEqualTo(1);
    assertThat(edited.out()).contains("\"verdict\" : \"TAMPERED\"").contains("\"firstBadSeq\" : 3");
    assertThat(edited.err()).contains("this void was edited").contains(N1);

    sql("DELETE FROM acceptance_void WHERE seq = 3");
    CliRun deleted = station(null, "verify");
    assertThat(deleted.exit()).isEqualTo(1);
    assertThat(deleted.out()).contains("\"verdict\" : \"DELETED\"").contains("\"firstBadSeq\" : 4");
  }

  @Test
  void verifyNoticesAVoidAfterTheLastAcceptanceWasDeleted() throws SQLException {
    acceptAll(N1, N2);
    station(PIN, "void", N2, "--reason", "customer cancelled", "--operator", "sup");
    assertThat(station(null, "verify").exit()).isZero();
    sql("DELETE FROM acceptance_void WHERE seq = 3");
    CliRun r = station(null, "verify");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("\"verdict\" : \"DELETED\"");
    assertThat(r.err()).contains("the most recent ones were deleted");
  }
}
