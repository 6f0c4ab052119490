package org.scanstation.simulator.printer;

import java.util.List;

/**
 * Splits the byte stream of one connection into jobs, immediate commands and refused lines, across
 * arbitrary read boundaries, in one printer language. Not thread-safe: one per connection.
 */
interface JobSplitter {
  /** Feeds received bytes; returns what they completed, in order. */
  List<PrinterEvent> feed(byte[] bytes, int offset, int length);

  /** Whether a job has started and not ended. */
  boolean inJob();

  /** Forgets a partial job (the printer lost it). */
  void discardPartial();

  /** The stream ended: what the unfinished input amounts to (refused lines, if any). */
  List<PrinterEvent> end();
}
