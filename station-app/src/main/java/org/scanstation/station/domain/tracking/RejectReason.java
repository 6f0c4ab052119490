package org.scanstation.station.domain.tracking;

/**
 * Why a scan was refused. The names are stable codes: they appear in JSON, the database and the
 * packer's screen, so rename none of them.
 */
public enum RejectReason {
  /** Nothing but whitespace or separators was scanned. */
  EMPTY,
  /** A character other than ASCII 0-9 where digits belong. */
  NON_DIGIT,
  /** Not 20, 22 or 26 digits (after any routing prefix). */
  WRONG_LENGTH,
  /** The mod-10 check digit does not match. */
  BAD_CHECK_DIGIT,
  /** The right shape but not a USPS number: SSCC carton codes, FedEx, UPS, unknown channels. */
  UNKNOWN_FORMAT,
  /** A {@code 420} routing prefix with no separator, readable both as ZIP and as ZIP+4. */
  AMBIGUOUS_ROUTING,
  /**
   * A GS1 element string with an empty element: two GS/FNC1 separators in a row, after the one a
   * scanner may put in front. The label's barcode is faulty; refused rather than repaired.
   */
  MALFORMED_GS1,
  /** A valid number whose Mailer ID is not on this station's allow-list. */
  MAILER_ID_NOT_ALLOWED,
  /** A valid number with no imported shipment, where the station requires one. */
  UNKNOWN_SHIPMENT,
  /** A scanner's scan while nobody is signed in at the station to record it against. */
  NO_OPERATOR,
  /** The store cannot write (disk full, read-only, I/O error): nothing can be recorded now. */
  STORE_UNAVAILABLE,
  /**
   * Something was scanned but lost between the scanner and the station (cut by an unplug, too long
   * for a barcode, or sent before the station opened the port): no scan to judge, so scan again.
   */
  SCAN_DROPPED,
  /**
   * A number whose acceptance a supervisor voided (pulled back before hand-off): it is not accepted
   * again, and it is no duplicate either.
   */
  VOIDED
}
