package org.scanstation.station.domain.tracking;

/** The USPS tracking-number formats the station accepts, by digit count. */
public enum TrackingFormat {
  /**
   * Intelligent Mail package barcode, 22 digits: channel 91-95, service type, Mailer ID, serial.
   */
  IMPB_22(22),
  /** Intelligent Mail package barcode, 26 digits: channel 92-95, longer serial. */
  IMPB_26(26),
  /** Legacy 20-digit numbers (Certified Mail and older package identification codes). */
  LEGACY_20(20);

  private final int length;

  TrackingFormat(int length) {
    this.length = length;
  }

  /** The number of digits, check digit included. */
  public int length() {
    return length;
  }
}
