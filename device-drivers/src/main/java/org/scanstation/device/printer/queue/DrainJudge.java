package org.scanstation.device.printer.queue;

import java.time.Duration;
import java.time.Instant;
import org.scanstation.device.printer.PrinterStatus;
import org.scanstation.device.printer.StatusSource;

/**
 * Decides from a printer's status whether a job it was sent printed, arrived, or was lost, by its
 * print meter ({@code ~HQOD}) against the reading taken before the send, and by its buffer. Pure
 * apart from remembering since when a verdict of "lost" has been pending. One per phase of a job;
 * not thread-safe.
 */
final class DrainJudge {
  /** What the status says about the job. */
  enum Verdict {
    /** The meter moved and the buffer drained. */
    PRINTED_METER,
    /** The buffer drained; the printer has no meter to prove more. */
    PRINTED_BUFFER,
    /** The spooler's queue drained. */
    PRINTED_SPOOLER,
    /** The printer holds a label or its meter moved: the job arrived; confirm it. */
    ARRIVED,
    /** Drained with an unmoved meter for the whole settle time: it never arrived or was lost. */
    LOST,
    /** Whether it arrived cannot be told: no meter, and nothing in the buffer. */
    UNKNOWN,
    /** Not yet decidable: ask again. */
    WAIT
  }

  /** A few missed ~HQOD replies are waited out before settling for less evidence. */
  private static final int BLIND_POLLS = 3;

  private final long baseline;
  private final Duration settle;
  private Instant unmovedSince;
  private int blind;

  DrainJudge(long baseline, Duration settle) {
    this.baseline = baseline;
    this.settle = settle;
  }

  /** After the printer acknowledged the job: has it printed? {@code s} answered. */
  Verdict printed(PrinterStatus s, Instant now) {
    if (!s.drained()) {
      unmovedSince = null;
      return Verdict.WAIT;
    }
    if (baseline >= 0 && s.knowsOdometer()) {
      return s.odometer() > baseline ? Verdict.PRINTED_METER : lostAfterSettling(now);
    }
    if (baseline >= 0 && blind++ < BLIND_POLLS) {
      return Verdict.WAIT;
    }
    return s.source() == StatusSource.SPOOLER ? Verdict.PRINTED_SPOOLER : Verdict.PRINTED_BUFFER;
  }

  /** After a send nobody acknowledged: did the job arrive? {@code s} answered. */
  Verdict arrived(PrinterStatus s, Instant now) {
    if ((s.knowsBuffer() && !s.drained()) || (baseline >= 0 && s.odometer() > baseline)) {
      return Verdict.ARRIVED;
    }
    if (baseline >= 0 && s.knowsOdometer()) {
      return lostAfterSettling(now);
    }
    return baseline < 0 || blind++ >= BLIND_POLLS ? Verdict.UNKNOWN : Verdict.WAIT;
  }

  private Verdict lostAfterSettling(Instant now) {
    // The meter may lag the last label's feed: only a meter that stays put counts as "lost".
    unmovedSince = unmovedSince == null ? now : unmovedSince;
    return Duration.between(unmovedSince, now).compareTo(settle) >= 0 ? Verdict.LOST : Verdict.WAIT;
  }
}
