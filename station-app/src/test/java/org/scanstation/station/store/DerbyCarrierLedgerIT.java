package org.scanstation.station.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scanstation.station.acceptance.Accepting;
import org.scanstation.station.api.ParcelTracking;
import org.scanstation.station.api.UnscannedReport;
import org.scanstation.station.carrier.CarrierLedger.Recorded;
import org.scanstation.station.carrier.CarrierReading;
import org.scanstation.station.carrier.WebhookDelivery;
import org.scanstation.station.carrier.WebhookInbox.Taken;
import org.scanstation.station.domain.carrier.CarrierEvent;
import org.scanstation.station.domain.carrier.CarrierSource;
import org.scanstation.station.domain.carrier.CarrierTag;
import org.scanstation.station.domain.carrier.PollPlan;
import org.scanstation.station.domain.carrier.WatchState;
import org.scanstation.station.domain.tracking.Mod10;

/** The read-back's store on a real (in-memory) Derby: dedupe, order, states and the reports. */
class DerbyCarrierLedgerIT {
  private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
  private static final PollPlan PLAN = PollPlan.DEFAULT;

  private final StationStore store = StationStore.inMemory("carrier-" + UUID.randomUUID());
  private final DerbyCarrierLedger ledger = new DerbyCarrierLedger(store);
  private String a;
  private String b;
  private String c;

  @BeforeEach
  void accept() {
    List<String> n =
        Accepting.accept(
            store,
            T0,
            List.of(
                Mod10.withCheckDigit("940011189922319742850"),
                Mod10.withCheckDigit("940011189922319742851"),
                Mod10.withCheckDigit("940011189922319742852")));
    a = n.get(0);
    b = n.get(1);
    c = n.get(2);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static CarrierEvent event(String n, Instant at, String code, CarrierTag tag, String msg) {
    return new CarrierEvent(
        n, CarrierSource.AFTERSHIP, at, code, tag, null, "CHICAGO IL", "60601", msg, null);
  }

  private static CarrierReading reading(String n, CarrierTag tag, CarrierEvent... events) {
    return new CarrierReading(
        n, CarrierSource.AFTERSHIP, "bk-" + n, tag, null, true, List.of(events));
  }

  private long count(String sql) {
    return store.read(
        conn -> {
          try (Statement s = conn.createStatement();
              ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  @Test
  void aParcelIsFirstDueOneIntervalAfterItsAcceptance() {
    assertThat(ledger.due(T0.plus(Duration.ofMinutes(29)), 10)).isEmpty();
    assertThat(ledger.due(T0.plus(Duration.ofMinutes(30)), 10)).hasSize(3);
  }

  @Test
  void anEventReadTwiceIsKeptOnceAndTheAcceptanceScanIsTheProofOfMailing() {
    Instant at = T0.plusSeconds(3600);
    CarrierEvent accepted =
        event(a, T0.plusSeconds(1800), "03", CarrierTag.IN_TRANSIT, "USPS in possession of item");
    Recorded first =
        ledger.record(reading(a, CarrierTag.IN_TRANSIT, accepted), true, at, PLAN).orElseThrow();
    Recorded again =
        ledger
            .record(reading(a, CarrierTag.IN_TRANSIT, accepted), true, at.plusSeconds(60), PLAN)
            .orElseThrow();

    assertThat(first.newEvents()).isEqualTo(1);
    assertThat(again.newEvents()).isZero();
    assertThat(count("SELECT COUNT(*) FROM carrier_event")).isEqualTo(1);
    ParcelTracking t = new TrackingQueries(store).track(a).orElseThrow();
    assertThat(t.mailedAt()).isEqualTo(accepted.occurredAt().toString());
    assertThat(t.mailedCode()).isEqualTo("03");
    assertThat(t.state()).isEqualTo("WATCHING");
    assertThat(t.nextCheckAt()).isEqualTo(at.plusSeconds(60).plus(PLAN.scanned()).toString());
    assertThat(t.timeline())
        .extracting(e -> e.source() + " " + e.what())
        .containsExactly("STATION ACCEPTED", "AFTERSHIP InTransit");
    assertThat(t.timeline().get(1).proof()).isEqualTo("MAILING");
  }

  @Test
  void aDeliveredParcelIsNoLongerAsked() {
    CarrierEvent delivered =
        new CarrierEvent(
            a,
            CarrierSource.USPS,
            T0.plusSeconds(7200),
            "01",
            CarrierTag.DELIVERED,
            null,
            null,
            "60601",
            "Delivered",
            "J SMITH");
    ledger.record(
        new CarrierReading(
            a, CarrierSource.USPS, null, CarrierTag.DELIVERED, null, false, List.of(delivered)),
        true,
        T0.plus(Duration.ofHours(3)),
        PLAN);

    assertThat(ledger.due(T0.plus(Duration.ofDays(2)), 10))
        .extracting(w -> w.trackingNumber())
        .containsExactlyInAnyOrder(b, c);
    ParcelTracking t = new TrackingQueries(store).track(a).orElseThrow();
    assertThat(t.state()).isEqualTo("DELIVERED");
    assertThat(t.signer()).isEqualTo("J SMITH");
    assertThat(t.nextCheckAt()).isNull();
  }

  @Test
  void aWebhookIsTakenOnceAndAnOlderOneArrivingLateChangesNothing() {
    CarrierEvent scanned = event(a, T0.plusSeconds(1800), "03", CarrierTag.IN_TRANSIT, "Accepted");
    CarrierEvent out =
        event(a, T0.plusSeconds(5400), "OF", CarrierTag.OUT_FOR_DELIVERY, "Out for delivery");
    WebhookDelivery newer =
        new WebhookDelivery(
            "e-2", "tracking_update", null, reading(a, CarrierTag.OUT_FOR_DELIVERY, scanned, out));
    WebhookDelivery older =
        new WebhookDelivery(
            "e-1", "tracking_update", null, reading(a, CarrierTag.IN_TRANSIT, scanned));

    assertThat(ledger.take(newer, T0.plusSeconds(6000), PLAN)).isEqualTo(Taken.KEPT);
    assertThat(ledger.take(newer, T0.plusSeconds(6001), PLAN)).isEqualTo(Taken.DUPLICATE);
    assertThat(ledger.take(older, T0.plusSeconds(6002), PLAN)).isEqualTo(Taken.KEPT);

    assertThat(count("SELECT COUNT(*) FROM carrier_event")).isEqualTo(2);
    assertThat(new TrackingQueries(store).track(a).orElseThrow().tag()).isEqualTo("OutForDelivery");
  }

  @Test
  void aWebhookForAParcelNotAcceptedHereIsIgnored() {
    WebhookDelivery d =
        new WebhookDelivery(
            "e-9", "tracking_update", null, reading("9400100000000000000000", CarrierTag.PENDING));
    assertThat(ledger.take(d, T0, PLAN)).isEqualTo(Taken.UNKNOWN_PARCEL);
    assertThat(ledger.take(d, T0, PLAN)).isEqualTo(Taken.DUPLICATE);
    assertThat(count("SELECT COUNT(*) FROM carrier_event")).isZero();
  }

  @Test
  void theUnscannedReportListsExactlyTheParcelsUspsNeverScannedWithTheAnomalies() {
    Instant at = T0.plus(Duration.ofHours(2));
    ledger.record(
        reading(
            a,
            CarrierTag.IN_TRANSIT,
            event(a, T0.plusSeconds(600), "03", CarrierTag.IN_TRANSIT, "Accepted")),
        true,
        at,
        PLAN);
    ledger.record(
        reading(
            b,
            CarrierTag.IN_TRANSIT,
            event(b, T0.minusSeconds(600), "10", CarrierTag.IN_TRANSIT, "Processed")),
        true,
        at,
        PLAN);
    ledger.stop(c, WatchState.NOT_AUTHORIZED, "MID 899223 is not authorized for this client", at);

    UnscannedReport r = new UnscannedQueries(store).report(Duration.ofHours(1), at);

    assertThat(r.parcels()).extracting(UnscannedReport.Parcel::trackingNumber).containsExactly(c);
    assertThat(r.parcels().get(0).state()).isEqualTo("NOT_AUTHORIZED");
    assertThat(r.parcels().get(0).stationId()).isEqualTo("station-7");
    assertThat(r.byAge()).containsEntry("<4h", 1L);
    assertThat(r.anomalies())
        .extracting(x -> x.trackingNumber() + " " + x.kind())
        .containsExactlyInAnyOrder(
            b + " SCANNED_BEFORE_ACCEPTANCE", b + " NO_ACCEPTANCE_SCAN", c + " NOT_AUTHORIZED");
    assertThat(new UnscannedQueries(store).report(Duration.ofHours(3), at).parcels()).isEmpty();
  }
}
