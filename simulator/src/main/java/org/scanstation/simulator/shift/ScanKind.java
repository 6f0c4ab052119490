package org.scanstation.simulator.shift;

/** What a scan in a shift is meant to test. */
public enum ScanKind {
  /** A new valid parcel of an allowed mailer: accepted. */
  VALID,
  /** A parcel scanned again (maybe in another form): duplicate. */
  DUPLICATE,
  /** A valid number with one digit mistyped: bad check digit. */
  TYPO,
  /** Not a USPS parcel barcode at all: each form has its own reason. */
  JUNK,
  /** A valid number of a mailer not on the station's allow-list. */
  UNAUTHORIZED,
  /** A 420 routing prefix without separator that reads both as ZIP and as ZIP+4. */
  AMBIGUOUS
}
