package org.scanstation.fleet.dispatch;

import java.time.Instant;

/** What became of one outbox record in the dispatcher's hands. */
sealed interface Step {
  /** Answered and recorded (or skipped, or dead-lettered): its offset may be committed. */
  record Done() implements Step {}

  /**
   * Not answered (429, a passing fault, a refused key): it and everything after it wait.
   *
   * @param until when to try again
   */
  record Hold(Instant until) implements Step {}

  /** The dispatcher was halted before it recorded the answer: nothing more is written. */
  record Halted() implements Step {}
}
