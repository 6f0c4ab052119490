package org.scanstation.station.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.label.MailService;
import org.scanstation.station.StationException;
import org.scanstation.station.api.AcceptOutcome;
import org.scanstation.station.api.ChainReport;
import org.scanstation.station.api.ImportSummary;
import org.scanstation.station.api.ParcelView;
import org.scanstation.station.api.ProofRecord;
import org.scanstation.station.api.ReprintOutcome;
import org.scanstation.station.api.ReprintRequest;
import org.scanstation.station.api.ShipmentRecord;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.tracking.Mod10;
import org.scanstation.station.labels.StationLabels;
import org.scanstation.station.store.StationStore;
import org.scanstation.station.store.StoreInUseException;

/** The station's operations on a real Derby store on disk. */
class LocalStationIT {
  @TempDir Path dataDir;
  private LocalStation station;

  static String number(int i) {
    return Mod10.withCheckDigit(String.format("9400111899223%08d", i));
  }

  private LocalStation open(Path dir, Map<String, String> env) {
    return new LocalStation(
        StationStore.open(dir),
        StationConfig.load(null, env),
        new StationLabels(203, MailService.GROUND_ADVANTAGE),
        Clock.systemUTC());
  }

  @BeforeEach
  void openStation() {
    station = open(dataDir, Map.of("STATION_SUPERVISOR_PIN", "4321"));
  }

  @AfterEach
  void closeStation() {
    if (station != null) {
      station.close();
    }
  }

  private long sql(String query) {
    return station
        .store()
        .read(
            c -> {
              try (PreparedStatement ps = c.prepareStatement(query);
                  ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
              }
            });
  }

  private void update(String statement) {
    station
        .store()
        .inTransaction(
            c -> {
              try (PreparedStatement ps = c.prepareStatement(statement)) {
                return ps.executeUpdate();
              }
            });
  }

  @Test
  void aSecondOpenerOfTheStoreIsToldWhichPathIsInUse() {
    assertThatThrownBy(() -> StationStore.open(dataDir))
        .isInstanceOf(StoreInUseException.class)
        .hasMessageContaining(dataDir.resolve("store").toString())
        .hasMessageContaining("pid " + ProcessHandle.current().pid());
  }

  @Test
  void derbyLogStaysOutOfTheWorkingDirectory() {
    assertThat(Path.of("derby.log")).doesNotExist();
  }

  @Test
  void verifyNamesTheFirstEditedDeletedOrReorderedAcceptance() {
    for (int i = 1; i <= 6; i++) {
      assertThat(station.accept(number(i), "ana", "s1").result()).isEqualTo("ACCEPTED");
    }
    assertThat(station.verify()).isEqualTo(ChainReport.intactAfter(6));

    update("UPDATE acceptance SET operator_id = 'mallory' WHERE seq = 4");
    ChainReport edited = station.verify();
    assertThat(edited.intact()).isFalse();
    assertThat(edited.firstBadSeq()).isEqualTo(4);
    assertThat(edited.firstBadTrackingNumber()).isEqualTo(number(4));
    assertThat(edited.problem()).contains("edited");
    assertThat(edited.verdict()).isEqualTo(ChainReport.Verdict.TAMPERED);
    update("UPDATE acceptance SET operator_id = 'ana' WHERE seq = 4");
    assertThat(station.verify().intact()).isTrue();

    update("UPDATE acceptance SET seq = 100 WHERE seq = 2");
    update("UPDATE acceptance SET seq = 2 WHERE seq = 3");
    update("UPDATE acceptance SET seq = 3 WHERE seq = 100");
    ChainReport reordered = station.verify();
    assertThat(reordered.firstBadSeq()).isEqualTo(2);
    assertThat(reordered.problem()).contains("previous-hash");
    assertThat(reordered.verdict()).isEqualTo(ChainReport.Verdict.TAMPERED);
  }

  @Test
  void verifyNoticesDeletedAcceptancesInTheMiddleAndAtTheEnd() {
    for (int i = 1; i <= 4; i++) {
      station.accept(number(i), "ana", "s1");
    }
    deleteAcceptance(4);
    assertThat(station.verify().problem()).contains("most recent");
    assertThat(station.verify().verdict()).isEqualTo(ChainReport.Verdict.DELETED);
    deleteAcceptance(2);
    ChainReport r = station.verify();
    assertThat(r.firstBadSeq()).isEqualTo(3);
    assertThat(r.problem()).contains("deleted");
    assertThat(r.verdict()).isEqualTo(ChainReport.Verdict.DELETED);
  }

  @Test
  void anErrorWhileVerifyingIsReportedAsDamageNotThrown() {
    station.accept(number(1), "ana", "s1");
    update("DROP TABLE chain_head");
    ChainReport r = station.verify();
    assertThat(r.verdict()).isEqualTo(ChainReport.Verdict.DAMAGED);
    assertThat(r.intact()).isFalse();
    assertThat(r.problem()).contains("CHAIN_HEAD");
  }

  private void deleteAcceptance(int seq) {
    String event = "(SELECT event_id FROM acceptance WHERE seq = " + seq + ")";
    update("DELETE FROM label WHERE event_id = " + event);
    update("DELETE FROM print_job WHERE event_id = " + event);
    update("DELETE FROM outbox WHERE event_id = " + event);
    update("DELETE FROM acceptance WHERE seq = " + seq);
  }

  private static ShipmentRecord row(long line, String tn, String zip) {
    return new ShipmentRecord(
        line,
        tn,
        "order-" + line,
        "priority-mail",
        "Ada Lovelace",
        "1 Main St",
        null,
        "New York",
        "ny",
        zip,
        null,
        null,
        null,
        null,
        null,
        "12");
  }

  @Test
  void importsGoodRowsReportsBadOnesAndIsIdempotent() {
    List<ShipmentRecord> rows =
        List.of(
            row(2, number(1), "10001"),
            row(3, "9400111899223197428490", "10001"),
            row(4, number(2), "1000"),
            row(5, number(3), "10001-1234"),
            row(6, number(1), "10001"));
    ImportSummary first = station.importShipments(rows, "ana");
    assertThat(first.read()).isEqualTo(5);
    assertThat(first.inserted()).isEqualTo(2);
    assertThat(first.rejected())
        .extracting(ImportSummary.Problem::line)
        .containsExactly(3L, 4L, 6L);
    assertThat(first.rejected().get(0).reason()).contains("BAD_CHECK_DIGIT");
    assertThat(first.rejected().get(1).reason()).contains("to_zip");

    ImportSummary again = station.importShipments(rows, "ana");
    assertThat(again.inserted()).isZero();
    assertThat(again.updated()).isZero();
    assertThat(again.unchanged()).isEqualTo(2);

    ShipmentRecord moved = row(2, number(1), "10002");
    assertThat(station.importShipments(List.of(moved), "ana").updated()).isEqualTo(1);
    ParcelView view = station.show(number(1)).orElseThrow();
    assertThat(view.shipment().to().zip()).isEqualTo("10002");
    assertThat(view.shipment().to().state()).isEqualTo("NY");
    assertThat(view.acceptance()).isNull();
    assertThat(station.show("order-5").orElseThrow().trackingNumber()).isEqualTo(number(3));
  }

  @Test
  void showsEverythingAboutAnAcceptedParcel() {
    station.importShipments(List.of(row(2, number(7), "10001")), "ana");
    AcceptOutcome a = station.accept(number(7), "ana", "s1");
    ParcelView v =
        station.show(number(7).substring(0, 4) + " " + number(7).substring(4)).orElseThrow();
    assertThat(v.acceptance().eventId().toString()).isEqualTo(a.eventId());
    assertThat(v.label().language()).isEqualTo("ZPL");
    assertThat(v.printJobs())
        .singleElement()
        .satisfies(
            j -> {
              assertThat(j.kind()).isEqualTo("FIRST");
              assertThat(j.status()).isEqualTo("QUEUED");
              assertThat(j.printer()).isEqualTo("printer-1");
            });
    assertThat(v.sync().status()).isEqualTo("PENDING");
    assertThat(v.shipment().orderId()).isEqualTo("order-2");
    assertThat(station.show(number(8))).isEmpty();
  }

  @Test
  void firstPrintsGoToTheDesksPrinter() {
    station.close();
    station = open(dataDir, Map.of("STATION_DESK_PRINTERS", "desk-2=dock-2"));
    station.accept(number(1), "ana", "desk-2");
    station.accept(number(2), "ana", "desk-1");
    assertThat(station.show(number(1)).orElseThrow().printJobs().get(0).printer())
        .isEqualTo("dock-2");
    assertThat(station.show(number(2)).orElseThrow().printJobs().get(0).printer())
        .isEqualTo("printer-1");
  }

  @Test
  void reprintsNeedTheRightPinAndAReasonAndAreAudited() {
    station.accept(number(1), "ana", "s1");
    assertThatThrownBy(
            () -> station.reprint(new ReprintRequest(number(1), "smudged", "sup", "0000", null)))
        .isInstanceOf(SupervisorPin.Refused.class)
        .hasMessage("wrong supervisor PIN");
    assertThatThrownBy(
            () -> station.reprint(new ReprintRequest(number(1), " ", "sup", "4321", null)))
        .isInstanceOf(StationException.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(
            () -> station.reprint(new ReprintRequest(number(2), "smudged", "sup", "4321", null)))
        .hasMessageContaining("never accepted");

    ReprintOutcome r =
        station.reprint(new ReprintRequest(number(1), "label smudged", "sup", "4321", "dock-2"));
    ParcelView v = station.show(number(1)).orElseThrow();
    assertThat(r.labelSha256()).isEqualTo(v.label().sha256());
    assertThat(v.printJobs())
        .extracting(ParcelView.PrintJobView::kind)
        .containsExactly("FIRST", "REPRINT");
    assertThat(v.printJobs().get(1).reason()).isEqualTo("label smudged");
    assertThat(v.printJobs().get(1).printer()).isEqualTo("dock-2");
    assertThat(v.audit()).extracting(ParcelView.AuditEntry::type).containsExactly("REPRINT");
    assertThat(sql("SELECT COUNT(*) FROM audit WHERE event_type = 'PIN_REFUSED'")).isEqualTo(1);
    assertThat(sql("SELECT COUNT(*) FROM audit WHERE detail LIKE '%4321%' OR detail LIKE '%0000%'"))
        .isZero();
  }

  @Test
  void refusesReprintsWhenNoPinIsConfiguredAndAfterTooManyWrongOnes() throws Exception {
    station.accept(number(1), "ana", "s1");
    for (int i = 0; i < SupervisorPin.MAX_FAILURES; i++) {
      assertThatThrownBy(
              () -> station.reprint(new ReprintRequest(number(1), "why not", "eve", "1", null)))
          .hasMessage("wrong supervisor PIN");
    }
    assertThatThrownBy(
            () -> station.reprint(new ReprintRequest(number(1), "why not", "sup", "4321", null)))
        .hasMessageContaining("too many wrong PINs");
    station.close();
    station = open(dataDir, Map.of());
    assertThatThrownBy(
            () -> station.reprint(new ReprintRequest(number(1), "smudged", "sup", "", null)))
        .hasMessageContaining("no supervisor PIN is configured");
  }

  @Test
  void exportsProofRecordsForATimeRange() {
    station.accept(number(1), "ana", "s1");
    station.accept(number(2), "bo", "s2");
    List<ProofRecord> out = new ArrayList<>();
    station.export(Instant.now().minusSeconds(60), Instant.now().plusSeconds(60), out::add);
    assertThat(out).extracting(ProofRecord::trackingNumber).containsExactly(number(1), number(2));
    assertThat(out.get(1).prevHash()).isEqualTo(out.get(0).hash());
    assertThat(out.get(0).labelSha256()).hasSize(64);
    assertThat(out.get(1).operatorId()).isEqualTo("bo");
    List<ProofRecord> none = new ArrayList<>();
    station.export(Instant.now().plusSeconds(60), Instant.now().plusSeconds(120), none::add);
    assertThat(none).isEmpty();
  }

  @Test
  void backsUpOnlineAndRestoresIntoAnEmptyDataDirectory(@TempDir Path backups, @TempDir Path other)
      throws Exception {
    station.accept(number(1), "ana", "s1");
    station.accept(number(2), "ana", "s1");
    Path where = station.backup(backups);
    assertThat(where).isEqualTo(backups.resolve("store"));
    station.accept(number(3), "ana", "s1");

    Path restored = other.resolve("data");
    try (StationStore store = StationStore.restore(restored, backups)) {
      LocalStation back =
          new LocalStation(
              store,
              StationConfig.load(null, Map.of()),
              new StationLabels(203, MailService.GROUND_ADVANTAGE),
              Clock.systemUTC());
      assertThat(back.verify()).isEqualTo(ChainReport.intactAfter(2));
      assertThat(back.show(number(3))).isEmpty();
      assertThat(back.accept(number(3), "ana", "s1").result()).isEqualTo("ACCEPTED");
    }
    assertThatThrownBy(() -> StationStore.restore(dataDir, backups))
        .hasMessageContaining("move it aside");
    assertThat(
            Files.exists(restored.resolve("derby.log"))
                || Files.exists(Path.of(System.getProperty("derby.system.home"), "derby.log")))
        .isTrue();
  }
}
