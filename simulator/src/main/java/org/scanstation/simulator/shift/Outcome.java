package org.scanstation.simulator.shift;

/** What the station should answer to a scan. */
public enum Outcome {
  /** A new acceptance is recorded. */
  ACCEPTED,
  /** The parcel was accepted before; nothing new is recorded. */
  DUPLICATE,
  /** Refused, with a reason code. */
  REJECTED
}
