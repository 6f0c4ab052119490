package org.scanstation.station.carrier;

/**
 * Where verified webhook deliveries go. Implementations record a delivery durably (or recognise it
 * as one already taken) before returning, so that the listener answers 200 only for what is kept.
 * Thread-safe; blocks on the store.
 */
public interface WebhookInbox {
  /** What became of a delivery. */
  enum Taken {
    /** Kept now. */
    KEPT,
    /** Taken before (same event id): nothing changed. */
    DUPLICATE,
    /** Not a parcel this station accepted: ignored, and not asked for again. */
    UNKNOWN_PARCEL
  }

  /**
   * Takes one delivery in.
   *
   * @throws org.scanstation.station.StoreUnavailableException when it cannot be kept now (the
   *     listener answers 503, and AfterShip retries)
   */
  Taken accept(WebhookDelivery delivery);
}
