package org.scanstation.station.acceptance;

import org.scanstation.station.domain.acceptance.AcceptanceEvent;

/** What the ledger did with a new acceptance. */
public sealed interface RecordOutcome {

  /**
   * Committed: the event (with its chain link) and the first print job's id.
   *
   * @param event the recorded event
   * @param printJobId the first print job
   */
  record Recorded(AcceptanceEvent event, String printJobId) implements RecordOutcome {}

  /**
   * Nothing written: the number was accepted before.
   *
   * @param original the first acceptance
   */
  record AlreadyAccepted(AcceptanceEvent original) implements RecordOutcome {}
}
