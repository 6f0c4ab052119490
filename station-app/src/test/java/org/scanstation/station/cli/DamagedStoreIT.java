package org.scanstation.station.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.label.MailService;
import org.scanstation.station.app.LocalStation;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.tracking.Mod10;
import org.scanstation.station.labels.StationLabels;
import org.scanstation.station.store.SqlWork;
import org.scanstation.station.store.StationStore;
import org.scanstation.station.store.StoreDamagedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A store whose files were damaged, or whose chain was edited or cut, does not start, and {@code
 * station verify} says which of the four it is: INTACT, DAMAGED, TAMPERED or DELETED.
 */
class DamagedStoreIT {
  @TempDir Path work;

  private static String number(int i) {
    return Mod10.withCheckDigit(String.format("9400111899223%08d", i));
  }

  /** A closed store with {@code n} acceptances and a backup; {@code edit} runs before closing. */
  private Path storeWith(String name, int n, SqlWork<?> edit) {
    Path dataDir = work.resolve(name);
    try (LocalStation station =
        new LocalStation(
            StationStore.open(dataDir),
            StationConfig.load(null, Map.of()),
            new StationLabels(203, MailService.GROUND_ADVANTAGE),
            Clock.systemUTC())) {
      for (int i = 1; i <= n; i++) {
        assertThat(station.accept(number(i), "ana", "s1").result()).isEqualTo("ACCEPTED");
      }
      station.backup(work.resolve(name + "-backup"));
      station.store().inTransaction(edit);
    }
    return dataDir;
  }

  /** The Derby file holding the rows of {@code table}, found while the store is healthy. */
  private static Path heapFile(Path dataDir, String table) {
    try (StationStore store = StationStore.open(dataDir)) {
      long conglomerate =
          store.read(
              c -> {
                try (PreparedStatement ps =
                    c.prepareStatement(
                        "SELECT g.conglomeratenumber FROM sys.sysconglomerates g"
                            + " JOIN sys.systables t ON g.tableid = t.tableid"
                            + " WHERE t.tablename = ? AND g.isindex = false")) {
                  ps.setString(1, table);
                  try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                  }
                }
              });
      return store.path().resolve("seg0/c" + Long.toHexString(conglomerate) + ".dat");
    }
  }

  private static CliRun cli(Path dataDir, String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--data-dir";
    all[args.length + 1] = dataDir.toString();
    return CliRun.run(new byte[0], Map.of("STATION_HTTP_PORT", "0"), all);
  }

  private static JsonNode verifyReport(Path dataDir, int exit) {
    CliRun verify = cli(dataDir, "verify");
    assertThat(verify.exit()).as(verify.err()).isEqualTo(exit);
    assertThat(verify.err()).doesNotContain("unexpected error", "NullPointerException", "\tat ");
    return JsonMapper.shared().readTree(verify.out());
  }

  private void assertRefusedAsDamaged(Path dataDir, String table) {
    String backup = work.resolve(dataDir.getFileName() + "-backup").toString();
    assertThatThrownBy(() -> StationStore.open(dataDir))
        .isInstanceOf(StoreDamagedException.class)
        .hasMessageContaining("is damaged (" + table + ")")
        .hasMessageContaining("station restore " + backup + " --data-dir " + dataDir);
    CliRun run = cli(dataDir, "run");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains(table, "station restore " + backup).doesNotContain("running");
    JsonNode report = verifyReport(dataDir, 1);
    assertThat(report.get("verdict").asString()).isEqualTo("DAMAGED");
    assertThat(report.get("damagedTable").asString()).isEqualTo(table);
    assertThat(report.get("problem").asString()).doesNotContain("deleted", "page dump");
  }

  @Test
  void aTruncatedLabelFileStopsTheStartNamingTheTableAndTheBackupToRestore() throws IOException {
    Path dataDir = storeWith("truncated", 40, c -> 0);
    Path labels = heapFile(dataDir, "LABEL");
    try (RandomAccessFile f = new RandomAccessFile(labels.toFile(), "rw")) {
      f.setLength(f.length() / 2);
    }
    assertRefusedAsDamaged(dataDir, "LABEL");
  }

  @Test
  void bytesOverwrittenInTheMiddleOfTheLabelFileStopTheStartToo() throws IOException {
    Path dataDir = storeWith("overwritten", 40, c -> 0);
    Path labels = heapFile(dataDir, "LABEL");
    try (RandomAccessFile f = new RandomAccessFile(labels.toFile(), "rw")) {
      f.seek(f.length() / 2);
      f.write("not a Derby page ".repeat(200).getBytes(StandardCharsets.US_ASCII));
    }
    assertRefusedAsDamaged(dataDir, "LABEL");
  }

  @Test
  void aCatalogFileDerbyCannotBootFromIsReportedAsDamageToo() throws IOException {
    Path dataDir = storeWith("catalog", 2, c -> 0);
    try (RandomAccessFile f =
        new RandomAccessFile(dataDir.resolve("store/seg0/c10.dat").toFile(), "rw")) {
      f.setLength(3000);
    }
    assertThatThrownBy(() -> StationStore.open(dataDir))
        .isInstanceOf(StoreDamagedException.class)
        .hasMessageContaining("is damaged (the store's files): XJ040 Failed to start database")
        .hasMessageContaining("EOFException")
        .hasMessageContaining("station restore " + work.resolve("catalog-backup"));
    JsonNode report = verifyReport(dataDir, 1);
    assertThat(report.get("verdict").asString()).isEqualTo("DAMAGED");
  }

  @Test
  void verifyTellsIntactFromTamperedFromDeleted() {
    JsonNode intact = verifyReport(storeWith("intact", 4, c -> 0), 0);
    assertThat(intact.get("verdict").asString()).isEqualTo("INTACT");
    assertThat(intact.get("checked").asLong()).isEqualTo(4);

    Path edited =
        storeWith("edited", 4, sql("UPDATE acceptance SET operator_id = 'eve' WHERE seq = 2"));
    assertThatThrownBy(() -> StationStore.open(edited))
        .isInstanceOf(StoreDamagedException.class)
        .hasMessageContaining("TAMPERED")
        .hasMessageContaining("station verify")
        .hasMessageContaining("station restore");
    JsonNode tampered = verifyReport(edited, 1);
    assertThat(tampered.get("verdict").asString()).isEqualTo("TAMPERED");
    assertThat(tampered.get("firstBadSeq").asLong()).isEqualTo(2);

    JsonNode middle = verifyReport(storeWith("middle", 4, deleteAcceptance(2)), 1);
    assertThat(middle.get("verdict").asString()).isEqualTo("DELETED");
    assertThat(middle.get("firstBadSeq").asLong()).isEqualTo(3);

    JsonNode last = verifyReport(storeWith("last", 4, deleteAcceptance(4)), 1);
    assertThat(last.get("verdict").asString()).isEqualTo("DELETED");
    assertThat(last.get("problem").asString()).contains("most recent");
  }

  private static SqlWork<Integer> sql(String statement) {
    return c -> {
      try (PreparedStatement ps = c.prepareStatement(statement)) {
        return ps.executeUpdate();
      }
    };
  }

  private static SqlWork<Integer> deleteAcceptance(int seq) {
    String event = "(SELECT event_id FROM acceptance WHERE seq = " + seq + ")";
    return c -> {
      for (String table : new String[] {"label", "print_job", "outbox"}) {
        sql("DELETE FROM " + table + " WHERE event_id = " + event).run(c);
      }
      return sql("DELETE FROM acceptance WHERE seq = " + seq).run(c);
    };
  }
}
