package org.scanstation.simulator.printer;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The printer behind any transport: its faults, its queue, its counters, the lines it refused and
 * its answers to immediate commands (ZPL {@code ~HS}, {@code ~HQES}, {@code ~HQOD}, {@code ~JA}
 * cancel all, {@code ~PS} resume, {@code ~PP} pause; TSPL {@code <ESC>!?}, {@code <ESC>!S}; EPL2
 * {@code ^ee}). Other {@code ~HQ} queries and tilde commands are ignored. Only the splitter of the
 * printer's language produces a language's commands, so another language's query goes unanswered.
 * Thread-safe: every method is synchronized, so connections and the control side may call it at
 * once.
 */
final class PrintEngine {
  private final PrinterSettings settings;
  private final PrintQueue queue;
  private final EnumSet<PrinterFault> faults = EnumSet.noneOf(PrinterFault.class);
  private int partialFormats;
  private long connections;
  private long discarded;
  private long cancelled;
  private long dropped;
  private long answered;
  private long unanswered;
  private long refused;
  private final Deque<RefusedLine> refusals = new ArrayDeque<>();

  /** Refused lines kept for the view: the latest ones. */
  static final int REFUSALS_KEPT = 100;

  PrintEngine(PrinterSettings settings) {
    this.settings = settings;
    this.queue = new PrintQueue(settings.perLabel(), settings.language());
  }

  private Instant now() {
    Instant now = settings.clock().instant();
    if (!halted()) {
      queue.advance(now);
    }
    return now;
  }

  private boolean halted() {
    return faults.stream().anyMatch(PrinterFault::haltsPrinting);
  }

  synchronized void setFault(PrinterFault fault, boolean on) {
    Instant now = now();
    boolean wasHalted = halted();
    if (on) {
      faults.add(fault);
    } else {
      faults.remove(fault);
    }
    if (!wasHalted && halted()) {
      queue.halt(now);
    } else if (wasHalted && !halted()) {
      queue.resume(now);
    }
  }

  synchronized Set<PrinterFault> faults() {
    return faults.isEmpty() ? Set.of() : Set.copyOf(faults);
  }

  synchronized boolean has(PrinterFault fault) {
    return faults.contains(fault);
  }

  synchronized void connectionOpened() {
    connections++;
  }

  synchronized void formatStarted() {
    partialFormats++;
  }

  /** A started format ended without {@code ^XZ}: the connection dropped or closed. */
  synchronized void formatAbandoned() {
    partialFormats = Math.max(0, partialFormats - 1);
    dropped++;
  }

  synchronized PrinterLanguage language() {
    return settings.language();
  }

  synchronized void formatReceived(byte[] bytes, JobContents contents) {
    Instant now = now();
    partialFormats = Math.max(0, partialFormats - 1);
    boolean full = faults.contains(PrinterFault.BUFFER_FULL);
    queue.add(bytes, contents, now, full);
    if (full) {
      discarded++;
    } else if (!halted()) {
      queue.resume(now);
    }
  }

  /** Counts and keeps a line the printer did not understand; returns it as shown. */
  synchronized RefusedLine refused(String line) {
    refused++;
    RefusedLine r = RefusedLine.of(settings.clock().instant(), line);
    if (refusals.size() == REFUSALS_KEPT) {
      refusals.removeFirst();
    }
    refusals.addLast(r);
    return r;
  }

  synchronized List<RefusedLine> refusals() {
    return List.copyOf(refusals);
  }

  /** Acts on an immediate command; returns the reply to send, or null for none. */
  synchronized byte[] immediate(String command) {
    switch (command) {
      case "HS", "HQES", "HQOD", "ESC!?", "ESC!S", "^ee" -> {
        if (faults.contains(PrinterFault.SILENT) || (settings.muteWhenFaulted() && mutes())) {
          unanswered++;
          return null;
        }
        answered++;
        return reply(command);
      }
      case "JA" -> {
        now();
        cancelled += queue.cancelAll();
      }
      case "PS" -> setFault(PrinterFault.PAUSED, false);
      case "PP" -> setFault(PrinterFault.PAUSED, true);
      default -> {
        // not simulated: a real printer would act on it or ignore it
      }
    }
    return null;
  }

  private byte[] reply(String command) {
    PrinterStatus s = status();
    return switch (command) {
      case "HS" -> StatusReplies.hostStatus(s);
      case "HQES" -> StatusReplies.extendedStatus(s);
      case "ESC!?" -> RasterStatusReplies.tsplFlags(s);
      case "ESC!S" -> RasterStatusReplies.tsplStatus(s);
      case "^ee" -> RasterStatusReplies.eplErrors(s);
      default -> StatusReplies.odometer(queue.labelsPrinted() * StatusReplies.LABEL_INCHES);
    };
  }

  private boolean mutes() {
    return faults.contains(PrinterFault.PAPER_OUT)
        || faults.contains(PrinterFault.RIBBON_OUT)
        || faults.contains(PrinterFault.HEAD_OPEN);
  }

  synchronized PrinterStatus status() {
    now();
    return new PrinterStatus(
        faults, queue.formatsWaiting(), queue.labelsRemaining(), partialFormats > 0);
  }

  synchronized List<PrintJob> jobs() {
    now();
    return queue.snapshot();
  }

  synchronized PrinterCounters counters() {
    now();
    return new PrinterCounters(
        connections,
        queue.formatsReceived(),
        queue.formatsPrinted(),
        queue.labelsPrinted(),
        discarded,
        cancelled,
        dropped,
        answered,
        unanswered,
        refused);
  }
}
