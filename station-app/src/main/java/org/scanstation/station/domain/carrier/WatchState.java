package org.scanstation.station.domain.carrier;

/**
 * Whether the station still asks the carrier about a parcel, and if not why. The text is stored:
 * renaming a constant needs a migration.
 */
public enum WatchState {
  /** Still asked, on the {@link PollPlan}. */
  WATCHING,
  /** Delivered: nothing more to learn. */
  DELIVERED,
  /** The tracking expired at the backend and was retracked as often as the API allows. */
  EXPIRED,
  /** USPS refused this parcel's Mailer ID to us: a final answer, never asked again. */
  NOT_AUTHORIZED,
  /** A supervisor voided the acceptance before hand-off. */
  VOIDED,
  /** A supervisor marked it completed (delivered, lost, returned to sender). */
  COMPLETED;

  /** Whether the read-back still asks about it. */
  public boolean watching() {
    return this == WATCHING;
  }
}
