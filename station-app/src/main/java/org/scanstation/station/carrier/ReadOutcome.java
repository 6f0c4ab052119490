package org.scanstation.station.carrier;

import java.time.Instant;
import java.util.List;

/** What one read call to a carrier source means, decided before anything is stored. */
public sealed interface ReadOutcome {

  /**
   * The source answered: the parcels it knows, among those asked (an unknown one is absent).
   *
   * @param readings one per known parcel
   */
  record Read(List<CarrierReading> readings) implements ReadOutcome {
    /** Copies the list. */
    public Read {
      readings = List.copyOf(readings);
    }
  }

  /**
   * The source will never tell us about this parcel (USPS: its Mailer ID is not ours): a final
   * state for it, never retried.
   *
   * @param reason what the source said
   */
  record NotAuthorized(String reason) implements ReadOutcome {}

  /**
   * Too many requests: wait until {@code until}.
   *
   * @param until when the window resets
   */
  record RateLimited(Instant until) implements ReadOutcome {}

  /**
   * A passing fault (5xx, timeout, connection): ask again later.
   *
   * @param reason what happened
   */
  record Retry(String reason) implements ReadOutcome {}

  /**
   * Our credentials or the URL are refused (401/403 for the whole API): stop reading from this
   * source until a person fixes it; nothing is marked on any parcel.
   *
   * @param reason what the source said
   */
  record Refused(String reason) implements ReadOutcome {}
}
