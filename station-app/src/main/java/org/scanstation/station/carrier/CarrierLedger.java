package org.scanstation.station.carrier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.scanstation.station.domain.carrier.CarrierSummary;
import org.scanstation.station.domain.carrier.PollPlan;
import org.scanstation.station.domain.carrier.WatchState;

/**
 * The store behind the read-back. Every write is one short transaction that keeps a parcel's new
 * events and moves its next check together, so a station killed mid-pass loses nothing and asks
 * nothing twice without need. Thread-safe; blocks on the database.
 */
public interface CarrierLedger {

  /**
   * A parcel due for a check.
   *
   * @param trackingNumber the parcel
   * @param acceptedAt when the station accepted it
   * @param backendId the backend's tracking id, or null when not known (yet)
   * @param retracks how often its expired tracking was retracked
   */
  record Watched(String trackingNumber, Instant acceptedAt, String backendId, int retracks) {}

  /**
   * What a reading changed.
   *
   * @param newEvents events not seen before
   * @param summary what all its events add up to now
   * @param state whether it is still watched
   */
  record Recorded(int newEvents, CarrierSummary summary, WatchState state) {}

  /** Parcels still watched whose next check is due at {@code now}, most overdue first. */
  List<Watched> due(Instant now, int max);

  /**
   * Keeps a reading: its new events (one row per event, however often it is read), the parcel's
   * summary, its state and next check by {@code plan}.
   *
   * @param current whether the reading is the source's state now (a poll), so its tag stands even
   *     without an event behind it (Expired); a webhook may be an old one arriving late
   * @return what changed, or empty when the station never accepted this parcel
   */
  Optional<Recorded> record(CarrierReading reading, boolean current, Instant at, PollPlan plan);

  /**
   * Asked, nothing learned (unknown at the source yet, a passing fault): ask again at {@code next}.
   */
  void postpone(List<String> trackingNumbers, Instant next, Instant at);

  /** Stops asking about a parcel, with the reason shown to people. */
  void stop(String trackingNumber, WatchState state, String reason, Instant at);

  /** Counts one retrack of the parcel's expired tracking. */
  void retracked(String trackingNumber, Instant at);

  /**
   * Takes a verified webhook delivery in, once: a delivery with an event id taken before changes
   * nothing.
   */
  WebhookInbox.Taken take(WebhookDelivery delivery, Instant at, PollPlan plan);

  /** Why nothing can be written now, when known without trying. */
  Optional<String> unavailable();
}
