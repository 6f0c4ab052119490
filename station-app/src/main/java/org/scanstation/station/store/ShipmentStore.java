package org.scanstation.station.store;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.scanstation.station.domain.acceptance.HashChain;
import org.scanstation.station.domain.acceptance.Shipment;

/**
 * Imported shipments: upserts that change nothing when the same data comes twice, and never change
 * a parcel already handed off on a closed manifest (its paperwork prints the shipment as it was).
 */
public final class ShipmentStore {
  /** What an upsert did with one shipment. */
  public enum Change {
    INSERTED,
    UPDATED,
    UNCHANGED,
    /** Different data for a parcel on a closed manifest: kept as it was handed off. */
    HANDED_OFF
  }

  private final StationStore store;
  private final Clock clock;

  /** Shipments in {@code store}. */
  public ShipmentStore(StationStore store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Upserts a batch in one transaction; returns one change per shipment, in order. */
  public List<Change> upsert(List<Shipment> shipments, String actor, String source) {
    return store.inTransaction(
        c -> {
          long now = clock.millis();
          Change[] changes = new Change[shipments.size()];
          int inserted = 0;
          int updated = 0;
          for (int i = 0; i < shipments.size(); i++) {
            Shipment s = shipments.get(i);
            String hash = contentHash(s);
            Optional<String> stored = ShipmentRows.contentHash(c, s.trackingNumber());
            if (stored.isEmpty()) {
              ShipmentRows.insert(c, s, hash, now);
              changes[i] = Change.INSERTED;
              inserted++;
            } else if (!stored.get().equals(hash)) {
              if (ManifestRows.holdingNumber(c, s.trackingNumber()).isPresent()) {
                changes[i] = Change.HANDED_OFF;
                continue;
              }
              ShipmentRows.update(c, s, hash, now);
              changes[i] = Change.UPDATED;
              updated++;
            } else {
              changes[i] = Change.UNCHANGED;
            }
          }
          if (inserted + updated > 0) {
            AuditLog.append(
                c,
                clock.instant(),
                actor,
                "IMPORT",
                null,
                source + ": " + inserted + " inserted, " + updated + " updated");
          }
          return List.of(changes);
        });
  }

  /**
   * The hash that tells an unchanged re-import. A shipment without extra services hashes as it did
   * before they existed, so re-importing an old file into a V7 store still changes nothing.
   */
  static String contentHash(Shipment s) {
    String text = s.toString();
    String none = ", extraServices=[]]";
    return HashChain.sha256(
        s.extraServices().isEmpty() && text.endsWith(none)
            ? text.substring(0, text.length() - none.length()) + "]"
            : text);
  }

  /** The closed manifest a parcel was handed off on, by tracking number, if any. */
  public Optional<String> handedOffOn(String trackingNumber) {
    return store.read(c -> ManifestRows.holdingNumber(c, trackingNumber));
  }

  /** The shipment with this tracking number, if imported. */
  public Optional<Shipment> find(String trackingNumber) {
    return store.read(c -> ShipmentRows.byTrackingNumber(c, trackingNumber));
  }

  /** The shipment with this order id, if imported. */
  public Optional<Shipment> findByOrder(String orderId) {
    return store.read(c -> ShipmentRows.byOrderId(c, orderId));
  }
}
