package org.scanstation.station.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scanstation.station.acceptance.FixedLabels;
import org.scanstation.station.api.ChainReport;
import org.scanstation.station.api.ChainReport.Verdict;
import org.scanstation.station.api.ManifestCloseRequest;
import org.scanstation.station.api.ManifestSummary;
import org.scanstation.station.app.LocalStation;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.tracking.Mod10;

/**
 * {@code station verify} with manifests in the chain: intact as closed, and a manifest edited,
 * deleted, or with a piece moved, swapped or removed behind the station's back is found.
 */
class ManifestTamperingIT {
  private static final String PIN = "4321";

  private final StationStore store = StationStore.inMemory("manifest-tamper-" + UUID.randomUUID());
  private final LocalStation station =
      new LocalStation(
          store,
          StationConfig.load(null, Map.of("STATION_SUPERVISOR_PIN", PIN)),
          new FixedLabels(),
          Clock.systemUTC());
  private ManifestSummary first;
  private ManifestSummary second;

  /** Acceptances 1-3, manifest #4 of three pieces, acceptances 5-6, manifest #7 of two. */
  @BeforeEach
  void twoManifests() {
    for (int i = 1; i <= 5; i++) {
      String n = Mod10.withCheckDigit(String.format("9400111899%011d", i));
      assertThat(station.accept(n, "ana", "s1").result()).isEqualTo("ACCEPTED");
      if (i == 3) {
        first = close();
      }
    }
    second = close();
  }

  private ManifestSummary close() {
    return station
        .closeManifest(new ManifestCloseRequest(null, null, null, null, "sup", PIN))
        .manifest();
  }

  @AfterEach
  void shut() {
    station.close();
  }

  /** Edits the store behind the station's back: plain JDBC, no checks. */
  private void sql(String statement) throws SQLException {
    try (Connection c = store.connection();
        PreparedStatement ps = c.prepareStatement(statement)) {
      ps.executeUpdate();
    }
  }

  private ChainReport broken(Verdict verdict, long at) {
    ChainReport r = station.verify();
    assertThat(r.verdict()).as(String.valueOf(r.problem())).isEqualTo(verdict);
    assertThat(r.firstBadSeq()).isEqualTo(at);
    return r;
  }

  @Test
  void theChainWithManifestsVerifiesAndCountsThem() {
    assertThat(first.seq()).isEqualTo(4);
    assertThat(second.seq()).isEqualTo(7);
    assertThat(station.verify()).isEqualTo(ChainReport.intactAfter(7, 0, 2));
  }

  @Test
  void anEditedRootIsTampered() throws SQLException {
    sql("UPDATE manifest SET merkle_root = '" + "0".repeat(64) + "' WHERE seq = 4");
    assertThat(broken(Verdict.TAMPERED, 4).problem()).contains("manifest was edited");
  }

  @Test
  void anEditedPieceCountIsTampered() throws SQLException {
    sql("UPDATE manifest SET pieces = 2 WHERE seq = 4");
    broken(Verdict.TAMPERED, 4);
  }

  @Test
  void aDeletedManifestIsDeleted() throws SQLException {
    sql("DELETE FROM manifest_piece WHERE manifest_seq = 7");
    sql("DELETE FROM manifest WHERE seq = 7");
    assertThat(broken(Verdict.DELETED, 7).problem()).contains("most recent");
  }

  @Test
  void aManifestDeletedInTheMiddleOfTheChainIsDeleted() throws SQLException {
    sql("DELETE FROM manifest_piece WHERE manifest_seq = 4");
    sql("DELETE FROM manifest WHERE seq = 4");
    broken(Verdict.DELETED, 5);
  }

  @Test
  void aPieceMovedToAnotherManifestIsTampered() throws SQLException {
    sql(
        "UPDATE manifest_piece SET manifest_seq = 7, leaf_index = 2 WHERE manifest_seq = 4 AND leaf_index = 2");
    assertThat(broken(Verdict.TAMPERED, 4).problem()).contains("records 3 pieces but 2");
  }

  @Test
  void twoPiecesSwappedOnAManifestAreTampered() throws SQLException {
    sql("UPDATE manifest_piece SET leaf_index = 9 WHERE manifest_seq = 4 AND leaf_index = 0");
    sql("UPDATE manifest_piece SET leaf_index = 0 WHERE manifest_seq = 4 AND leaf_index = 1");
    sql("UPDATE manifest_piece SET leaf_index = 1 WHERE manifest_seq = 4 AND leaf_index = 9");
    assertThat(broken(Verdict.TAMPERED, 4).problem()).contains("root does not match");
  }

  @Test
  void aRemovedPieceIsTampered() throws SQLException {
    sql("DELETE FROM manifest_piece WHERE manifest_seq = 7 AND leaf_index = 0");
    assertThat(broken(Verdict.TAMPERED, 7).problem()).contains("no piece at leaf 0");
  }
}
