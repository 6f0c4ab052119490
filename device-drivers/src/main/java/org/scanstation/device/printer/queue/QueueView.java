package org.scanstation.device.printer.queue;

import java.time.Instant;
import org.scanstation.device.printer.PrinterStatus;

/**
 * A print queue as the pages show it: how many jobs wait, how many of them are held up, and the
 * oldest one. A printer that answers READY while its jobs are held (a dropped connection being
 * sorted out, a label being sent again) is not ready for the pages: its state is {@code HOLDING}.
 *
 * @param printerId the printer
 * @param address where it is
 * @param waiting jobs not yet PRINTED or FAILED, the one in progress included
 * @param held jobs held up: every waiting job when the oldest is HELD or being sent again after a
 *     failed attempt (the others wait behind it), else 0
 * @param oldestSince when the oldest of them was submitted, or null
 * @param oldestJobId its id, or null
 * @param oldestState its state, or null
 * @param oldestMessage why it waits, or null
 * @param status the printer's last polled status, or null before the first poll
 */
public record QueueView(
    String printerId,
    String address,
    int waiting,
    int held,
    Instant oldestSince,
    String oldestJobId,
    JobState oldestState,
    String oldestMessage,
    PrinterStatus status) {

  /** The state for pages and badges used before the printer was first asked. */
  public static final String CHECKING = "CHECKING";

  /** The state of a printer that answers READY while jobs are held. */
  public static final String HOLDING = "HOLDING";

  /** Whether labels flow: the printer answered READY and no job is held. */
  public boolean ready() {
    return status != null && status.ready() && held == 0;
  }

  /** CHECKING before the first poll, HOLDING when ready but jobs are held, else the printer's. */
  public String state() {
    if (status == null) {
      return CHECKING;
    }
    return status.ready() && held > 0 ? HOLDING : status.state().name();
  }

  /**
   * The queue for people: "2 jobs held: the label never arrived (…); sending it again" when
   * HOLDING, else the printer's own {@link PrinterStatus#describe()}.
   */
  public String describe() {
    if (status == null) {
      return "not asked yet";
    }
    if (!HOLDING.equals(state())) {
      return status.describe();
    }
    String who = "printer " + printerId + " at " + address + ": ";
    String why = oldestMessage == null ? "" : oldestMessage;
    why = why.startsWith(who) ? why.substring(who.length()) : why;
    return held + (held == 1 ? " job held: " : " jobs held: ") + why;
  }
}
