package org.scanstation.station.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.scanstation.station.acceptance.AcceptanceService;
import org.scanstation.station.acceptance.FixedLabels;
import org.scanstation.station.app.RunningStation;
import org.scanstation.station.carrier.CarrierReading;
import org.scanstation.station.domain.acceptance.AcceptancePolicy;
import org.scanstation.station.domain.acceptance.Accepted;
import org.scanstation.station.domain.acceptance.Scan;
import org.scanstation.station.domain.carrier.CarrierEvent;
import org.scanstation.station.domain.carrier.CarrierSource;
import org.scanstation.station.domain.carrier.CarrierTag;
import org.scanstation.station.domain.carrier.PollPlan;
import org.scanstation.station.domain.tracking.Mod10;
import org.scanstation.station.store.DerbyAcceptanceLedger;
import org.scanstation.station.store.DerbyCarrierLedger;
import org.scanstation.station.store.StationStore;

/**
 * Parcels a running station accepted in the past and what USPS said of them, written to its store
 * the way the acceptance and the read-back write them (the read-back itself is not under test).
 */
final class CarrierHistory {
  static final String MESSAGE_WITH_HTML = "<img src=x onerror=alert(1)> \"x\\y";

  private final StationStore store;
  private final DerbyCarrierLedger ledger;

  CarrierHistory(RunningStation station) {
    this.store = station.station().store();
    this.ledger = new DerbyCarrierLedger(store);
  }

  /** Accepts the parcel with these 21 digits (and its check digit) at {@code at}, by ana. */
  String acceptedAt(String body, Instant at) {
    AcceptanceService s =
        new AcceptanceService(
            AcceptancePolicy.OPEN,
            new DerbyAcceptanceLedger(store),
            new FixedLabels(),
            Clock.fixed(at, ZoneOffset.UTC),
            "station-1",
            scanner -> "printer-9",
            UUID::randomUUID);
    String number = Mod10.withCheckDigit(body);
    return ((Accepted) s.accept(new Scan(number, "desk-1", at), "ana")).event().trackingNumber();
  }

  /** USPS reported these events for {@code number}, now at status {@code tag}. */
  void uspsSaid(String number, CarrierTag tag, CarrierEvent... events) {
    CarrierReading r =
        new CarrierReading(number, CarrierSource.USPS, null, tag, null, true, List.of(events));
    ledger.record(r, true, Instant.now(), PollPlan.DEFAULT).orElseThrow();
  }

  static CarrierEvent event(String number, Instant at, String code, CarrierTag tag, String msg) {
    return new CarrierEvent(
        number, CarrierSource.USPS, at, code, tag, null, "CHICAGO IL", "60601", msg, null);
  }
}
