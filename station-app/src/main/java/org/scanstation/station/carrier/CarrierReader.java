package org.scanstation.station.carrier;

import java.util.List;

/**
 * A carrier source the read-back asks about parcels. Implementations block for one HTTP call (with
 * a timeout), never throw for network or HTTP errors (they classify them), never retry (the
 * read-back owns the schedule) and never log a secret. Thread-safe.
 */
public interface CarrierReader {
  /** Reads the current state of these parcels in one call; at most {@link #batchSize()} numbers. */
  ReadReply read(List<String> trackingNumbers);

  /**
   * Asks the source to follow an expired tracking again (AfterShip allows three retracks). Sources
   * that cannot answer {@link ReadOutcome.Refused}.
   */
  default ReadReply retrack(String backendId) {
    return ReadReply.of(new ReadOutcome.Refused(describe() + " cannot retrack"));
  }

  /** How many parcels one call can ask about (AfterShip lists many; USPS answers one). */
  int batchSize();

  /** Where it is, for messages (never a secret). */
  String describe();
}
