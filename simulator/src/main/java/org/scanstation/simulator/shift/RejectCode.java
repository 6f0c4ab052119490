package org.scanstation.simulator.shift;

/**
 * The station's reason codes for a refused scan, by name: the simulator writes them in its
 * expectations and must not import the station's enum, so they are listed again here.
 */
public enum RejectCode {
  /** Nothing but whitespace or separators. */
  EMPTY,
  /** A character other than ASCII 0-9 where digits belong. */
  NON_DIGIT,
  /** Not 20, 22 or 26 digits after any routing prefix. */
  WRONG_LENGTH,
  /** The mod-10 check digit does not match. */
  BAD_CHECK_DIGIT,
  /** The right shape but not a USPS number (SSCC, FedEx, UPS). */
  UNKNOWN_FORMAT,
  /** A 420 prefix without separator readable both as ZIP and as ZIP+4. */
  AMBIGUOUS_ROUTING,
  /** A GS1 element string with an empty element (two GS separators in a row). */
  MALFORMED_GS1,
  /** A valid number of a mailer not on the allow-list. */
  MAILER_ID_NOT_ALLOWED
}
