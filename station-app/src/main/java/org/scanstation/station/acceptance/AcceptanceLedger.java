package org.scanstation.station.acceptance;

import java.util.Optional;
import org.scanstation.station.domain.acceptance.AcceptanceEvent;
import org.scanstation.station.domain.acceptance.Shipment;
import org.scanstation.station.domain.acceptance.VoidEvent;
import org.scanstation.station.domain.tracking.TrackingNumber;

/**
 * The store behind the acceptance workflow. Implementations are thread-safe and block on the
 * database; {@link #record} is one transaction, durable when it returns.
 */
public interface AcceptanceLedger {

  /** The acceptance of this tracking number, if any. Blocks on the store. */
  Optional<AcceptanceEvent> find(TrackingNumber trackingNumber);

  /**
   * The void of this tracking number's acceptance, if a supervisor voided it. Blocks on the store.
   */
  Optional<VoidEvent> voided(TrackingNumber trackingNumber);

  /** The imported shipment for this tracking number, if any. Blocks on the store. */
  Optional<Shipment> shipment(TrackingNumber trackingNumber);

  /**
   * Records the acceptance, its chain link, label, first print job and outbox entry, all or
   * nothing; or records nothing when the number was accepted before (also under concurrent scans).
   *
   * @throws org.scanstation.station.StoreUnavailableException when the store cannot write
   */
  RecordOutcome record(NewAcceptance acceptance);

  /**
   * Why nothing can be recorded now (disk full, read-only store), when that is known without
   * trying; a scan is then refused at once. Never blocks.
   */
  default Optional<String> unavailable() {
    return Optional.empty();
  }
}
