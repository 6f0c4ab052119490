package org.scanstation.station.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scanstation.station.StationException;
import org.scanstation.station.acceptance.FixedLabels;
import org.scanstation.station.api.ChainReport;
import org.scanstation.station.api.ManifestCloseOutcome;
import org.scanstation.station.api.ManifestCloseRequest;
import org.scanstation.station.api.ManifestPiece;
import org.scanstation.station.api.ManifestSummary;
import org.scanstation.station.api.ManifestView;
import org.scanstation.station.api.ShipmentRecord;
import org.scanstation.station.api.VoidRequest;
import org.scanstation.station.app.LocalStation;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.manifest.MerkleTree;
import org.scanstation.station.domain.tracking.Mod10;

/**
 * End-of-day closes against a real Derby store: what goes on a manifest, what waits for the next
 * one, what never goes on one, and that voids respect a closed manifest. The station's day is
 * America/Chicago, so a UTC-only reckoning of the day would fail here.
 */
class ManifestsIT {
  static final String PIN = "4321";

  /** 2026-12-01 12:00 in Chicago. */
  static final Instant NOON = Instant.parse("2026-12-01T18:00:00Z");

  final AtomicReference<Instant> now = new AtomicReference<>(NOON);
  final StationStore store = StationStore.inMemory("manifest-" + UUID.randomUUID());
  final LocalStation station =
      new LocalStation(
          store,
          StationConfig.load(
              null,
              Map.of(
                  "STATION_SUPERVISOR_PIN", PIN,
                  "STATION_STATION_TIME_ZONE", "America/Chicago",
                  "STATION_MANIFEST_ORIGIN_ZIP", "60601")),
          new FixedLabels(),
          new SteppedClock(now));

  @AfterEach
  void close() {
    station.close();
  }

  /** A clock the test sets; always UTC. */
  static final class SteppedClock extends Clock {
    private final AtomicReference<Instant> now;

    SteppedClock(AtomicReference<Instant> now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now.get(), zone);
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }

  static String number(int i) {
    return Mod10.withCheckDigit(String.format("9400111899%011d", i));
  }

  String accept(int i) {
    String n = number(i);
    assertThat(station.accept(n, "ana", "s1").result()).isEqualTo("ACCEPTED");
    return n;
  }

  void ship(int i, String service) {
    ShipmentRecord r =
        new ShipmentRecord(
            i,
            number(i),
            "order-" + i,
            service,
            "Ada Lovelace",
            "1 Main St",
            null,
            "New York",
            "NY",
            "10001",
            null,
            null,
            null,
            null,
            null,
            "12");
    assertThat(station.importShipments(List.of(r), "ana").rejected()).isEmpty();
  }

  ManifestCloseOutcome closeOn(String date) {
    return station.closeManifest(new ManifestCloseRequest(date, null, null, null, "sup", PIN));
  }

  ManifestSummary closed(String date) {
    ManifestCloseOutcome out = closeOn(date);
    assertThat(out.closed()).as(out.nothingToClose()).isTrue();
    return out.manifest();
  }

  List<String> numbersOn(ManifestSummary m) {
    ManifestView v = station.manifest(m.id()).orElseThrow();
    return v.pieces().stream().map(ManifestPiece::trackingNumber).toList();
  }

  List<String> chainHashes(List<String> numbers) {
    List<String> out = new ArrayList<>();
    for (String n : numbers) {
      out.add(station.show(n).orElseThrow().acceptance().hash());
    }
    return out;
  }

  @Test
  void aCloseHoldsEveryWaitingAcceptanceInChainOrderUnderTheRootOfTheirChainHashes() {
    ship(1, "priority-mail");
    ship(2, "ground-advantage");
    List<String> accepted = List.of(accept(1), accept(2), accept(3));

    ManifestSummary m = closed(null);

    assertThat(m.id()).isEqualTo("station-1-20261201-1");
    assertThat(m.date()).isEqualTo("2026-12-01");
    assertThat(m.originZip()).isEqualTo("60601");
    assertThat(m.pieces()).isEqualTo(3);
    assertThat(m.byService())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("priority-mail", 1, "ground-advantage", 1, ManifestQueries.UNKNOWN_SERVICE, 1));
    assertThat(m.closedBy()).isEqualTo("sup");
    assertThat(m.seq()).isEqualTo(4);
    assertThat(numbersOn(m)).containsExactlyElementsOf(accepted);
    assertThat(m.root()).isEqualTo(MerkleTree.over(chainHashes(accepted)).root());
    ManifestPiece first = station.manifest(m.id()).orElseThrow().pieces().get(0);
    assertThat(first.destinationZip()).isEqualTo("10001");
    assertThat(first.weightOz()).isEqualTo(12);
    assertThat(first.toName()).isEqualTo("Ada Lovelace");
    assertThat(first.serviceTypeCode()).isEqualTo("001");
    assertThat(station.audit(5))
        .anySatisfy(
            e -> {
              assertThat(e.type()).isEqualTo("MANIFEST_CLOSE");
              assertThat(e.subject()).isEqualTo(m.id());
            });
    assertThat(station.verify()).isEqualTo(ChainReport.intactAfter(4, 0, 1));
  }

  @Test
  void aSecondCloseAfterMoreScansHoldsOnlyTheNewPieces() {
    accept(1);
    accept(2);
    ManifestSummary first = closed(null);
    String n3 = accept(3);
    String n4 = accept(4);

    ManifestSummary second = closed(null);

    assertThat(second.id()).isEqualTo("station-1-20261201-2");
    assertThat(numbersOn(second)).containsExactly(n3, n4);
    assertThat(numbersOn(first)).hasSize(2);
    assertThat(station.manifests(10))
        .extracting(ManifestSummary::id)
        .containsExactly(second.id(), first.id());
    assertThat(station.verify()).isEqualTo(ChainReport.intactAfter(6, 0, 2));
  }

  @Test
  void anEmptyDayIsNothingToCloseAndWritesNoLink() {
    ManifestCloseOutcome empty = closeOn(null);
    assertThat(empty.closed()).isFalse();
    assertThat(empty.manifest()).isNull();
    assertThat(empty.nothingToClose()).contains("nothing to close").contains("2026-12-01");

    accept(1);
    closed(null);
    assertThat(closeOn(null).closed()).as("everything is on a manifest already").isFalse();
    assertThat(station.manifests(10)).hasSize(1);
    assertThat(station.verify()).isEqualTo(ChainReport.intactAfter(2, 0, 1));
  }

  @Test
  void aParcelAcceptedAfterTheEndOfTheDateInTheStationsZoneWaitsForItsOwnDay() {
    now.set(Instant.parse("2026-12-02T05:59:59.999Z")); // 23:59:59.999 on Dec 1 in Chicago
    String late = accept(1);
    now.set(Instant.parse("2026-12-02T06:00:00Z")); // midnight: Dec 2 in Chicago, 06:00 in UTC
    String next = accept(2);

    ManifestSummary dec1 = closed("2026-12-01");
    assertThat(numbersOn(dec1)).containsExactly(late);
    ManifestSummary dec2 = closed(null);
    assertThat(dec2.date()).isEqualTo("2026-12-02");
    assertThat(dec2.id()).isEqualTo("station-1-20261202-1");
    assertThat(numbersOn(dec2)).containsExactly(next);
    assertThatThrownBy(() -> closeOn("2026-12-03"))
        .isInstanceOf(StationException.class)
        .hasMessageContaining("has not begun");
  }

  @Test
  void aParcelsManifestIsFoundWithEveryLeafSoItsMerklePathLeadsToTheRoot() {
    accept(1);
    String n = accept(2);
    accept(3);
    ManifestQueries queries = new ManifestQueries(store);
    assertThat(queries.holding(n)).isEmpty();
    ManifestSummary m = closed(null);
    String waiting = accept(4);

    ManifestView v = queries.holding(n).orElseThrow();
    assertThat(v.manifest()).isEqualTo(m);
    ManifestPiece piece = v.pieces().get(1);
    assertThat(piece.trackingNumber()).isEqualTo(n);
    MerkleTree tree = MerkleTree.over(v.pieces().stream().map(ManifestPiece::chainHash).toList());
    assertThat(tree.path(piece.leafIndex()).rootFrom(piece.chainHash())).contains(m.root());
    assertThat(queries.holding(waiting)).isEmpty();
    assertThat(queries.holding(number(99))).isEmpty();
  }

  @Test
  void aVoidedParcelOnTheOpenManifestLeavesIt() {
    String kept = accept(1);
    String pulled = accept(2);
    station.voidAcceptance(new VoidRequest(pulled, "customer cancelled", "sup", PIN));

    assertThat(numbersOn(closed(null))).containsExactly(kept);
  }

  @Test
  void voidingAParcelOnAClosedManifestIsRefusedNamingTheManifestAndChangesNothing() {
    String n = accept(1);
    ManifestSummary m = closed(null);

    assertThatThrownBy(
            () -> station.voidAcceptance(new VoidRequest(n, "customer cancelled", "sup", PIN)))
        .isInstanceOf(StationException.class)
        .hasMessageContaining("handed off on manifest " + m.id())
        .hasMessageContaining("cannot be voided");
    assertThat(station.show(n).orElseThrow().voided()).isNull();
    assertThat(station.verify()).isEqualTo(ChainReport.intactAfter(2, 0, 1));
  }

  @Test
  void aCorrectionRecordsWhatItAmendsAndAnUnknownOrUnexplainedOneIsRefused() {
    accept(1);
    ManifestSummary first = closed(null);
    accept(2);
    assertThatThrownBy(
            () ->
                station.closeManifest(
                    new ManifestCloseRequest(
                        null, null, "station-1-20261201-9", "missed a parcel", "sup", PIN)))
        .isInstanceOf(StationException.class)
        .hasMessageContaining("no manifest station-1-20261201-9");
    assertThatThrownBy(
            () ->
                station.closeManifest(
                    new ManifestCloseRequest(null, null, first.id(), null, "sup", PIN)))
        .isInstanceOf(StationException.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(
            () ->
                station.closeManifest(
                    new ManifestCloseRequest(null, "6060", null, null, "sup", PIN)))
        .isInstanceOf(StationException.class)
        .hasMessageContaining("5-digit");

    ManifestCloseOutcome fix =
        station.closeManifest(
            new ManifestCloseRequest(null, "60602", first.id(), "missed a parcel", "sup", PIN));

    assertThat(fix.manifest().amends()).isEqualTo(first.id());
    assertThat(fix.manifest().reason()).isEqualTo("missed a parcel");
    assertThat(fix.manifest().originZip()).isEqualTo("60602");
    assertThat(station.manifest(first.id()).orElseThrow().manifest()).isEqualTo(first);
  }

  @Test
  void aWrongPinClosesNothing() {
    accept(1);
    assertThatThrownBy(
            () ->
                station.closeManifest(
                    new ManifestCloseRequest(null, null, null, null, "sup", "0000")))
        .isInstanceOf(StationException.class);
    assertThat(station.manifests(10)).isEmpty();
  }
}
