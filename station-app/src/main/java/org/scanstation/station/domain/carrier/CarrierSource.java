package org.scanstation.station.domain.carrier;

/** Where a carrier event came from. The text is stored: renaming a constant needs a migration. */
public enum CarrierSource {
  /** The AfterShip tracking the station created: read back or pushed by webhook. */
  AFTERSHIP,
  /** USPS APIs v3, for parcels whose Mailer ID is one of the station's own. */
  USPS
}
