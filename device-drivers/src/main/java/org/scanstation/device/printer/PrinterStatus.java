package org.scanstation.device.printer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A label printer's state at one moment, parsed from its replies (or its spooler's), with the raw
 * reply kept for people who want to see what it said. Immutable.
 *
 * @param printerId the configured printer id
 * @param address where it is: host:port, a serial path, a USB id, a CUPS queue
 * @param state the fault to fix first, or READY
 * @param faults every fault on now (empty when READY or when nothing answered)
 * @param formatsInBuffer formats received and not yet printed (jobs in the spooler's queue for
 *     CUPS); -1 when unknown
 * @param labelsRemaining labels still to print; -1 when unknown
 * @param odometer the printer's print meter ({@code ~HQOD} total, inches or cm); -1 when unknown
 * @param errors the printer's or spooler's own words for errors beyond the states (e.g. "cutter
 *     fault"), possibly empty
 * @param source whose word this is
 * @param raw the replies as received (control characters kept), or "" when none came
 * @param reason why nothing answered (UNREACHABLE, UNRESPONSIVE), or the source's own account of a
 *     fault when it is better than the state's words (a CUPS queue that is disabled: run
 *     cupsenable); with its fix when known; else null
 * @param at when it was asked
 */
public record PrinterStatus(
    String printerId,
    String address,
    PrinterState state,
    Set<PrinterState> faults,
    int formatsInBuffer,
    int labelsRemaining,
    long odometer,
    List<String> errors,
    StatusSource source,
    String raw,
    String reason,
    Instant at) {

  /** Copies the collections. */
  public PrinterStatus {
    Objects.requireNonNull(printerId, "printerId");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(at, "at");
    // EnumSet keeps the enum's order, so the fault to fix first is named first.
    faults = faults.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(faults));
    errors = List.copyOf(errors);
    raw = raw == null ? "" : raw;
  }

  /** A printer that could not be reached at all; {@code reason} says why and, ideally, the fix. */
  public static PrinterStatus unreachable(String id, String address, String reason, Instant at) {
    return silent(id, address, PrinterState.UNREACHABLE, reason, at);
  }

  /** A printer that was reached but did not answer within the timeout. */
  public static PrinterStatus unresponsive(String id, String address, String reason, Instant at) {
    return silent(id, address, PrinterState.UNRESPONSIVE, reason, at);
  }

  private static PrinterStatus silent(
      String id, String address, PrinterState state, String reason, Instant at) {
    return new PrinterStatus(
        id, address, state, Set.of(), -1, -1, -1, List.of(), StatusSource.NONE, "", reason, at);
  }

  /** Whether a job may be sent now. */
  public boolean ready() {
    return state == PrinterState.READY;
  }

  /** Whether the printer (or spooler) answered. */
  public boolean answered() {
    return state.answered();
  }

  /** Whether it reports how many formats and labels it still holds. */
  public boolean knowsBuffer() {
    return formatsInBuffer >= 0 || labelsRemaining >= 0;
  }

  /** Whether it reports holding nothing to print (false when it cannot tell). */
  public boolean drained() {
    return knowsBuffer() && formatsInBuffer <= 0 && labelsRemaining <= 0;
  }

  /** Whether it reports its print meter. */
  public boolean knowsOdometer() {
    return odometer >= 0;
  }

  /**
   * The status for people, naming the printer and what to do: "printer dock-3 at 10.0.0.7:9100:
   * head open — close the print head".
   */
  public String message() {
    return "printer " + printerId + " at " + address + ": " + describe();
  }

  /** The status without the printer's name: "head open — close the print head". */
  public String describe() {
    if (!answered()) {
      String why = reason == null ? "" : ": " + reason;
      return state.words() + why + (why.contains(" — ") ? "" : " — " + state.fix());
    }
    String spooler =
        source == StatusSource.SPOOLER
            ? " (spooler-level status: CUPS cannot see paper, ribbon or the print head)"
            : "";
    if (ready()) {
      String busy = labelsRemaining > 0 ? ", printing (" + labelsRemaining + " to go)" : "";
      return "ready" + busy + spooler;
    }
    if (reason != null) {
      return reason + spooler;
    }
    List<String> parts = new ArrayList<>();
    for (PrinterState f : faults) {
      String words = f == PrinterState.ERROR && !errors.isEmpty() ? String.join(", ", errors) : "";
      parts.add(f.words() + (words.isEmpty() ? "" : " (" + words + ")") + " — " + f.fix());
    }
    return String.join("; ", parts) + spooler;
  }
}
