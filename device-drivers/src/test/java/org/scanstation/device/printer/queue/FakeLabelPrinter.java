package org.scanstation.device.printer.queue;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.scanstation.device.printer.Delivery;
import org.scanstation.device.printer.LabelPrinter;
import org.scanstation.device.printer.PrinterState;
import org.scanstation.device.printer.PrinterStatus;
import org.scanstation.device.printer.StatusSource;

/**
 * A label printer in memory for the queue's tests: a buffer that prints whenever it is asked for
 * its status and is not faulted, a print meter, faults, silence, and mishaps scripted for the next
 * sends. Thread-safe.
 */
final class FakeLabelPrinter implements LabelPrinter {
  /** What goes wrong on a send. */
  enum Mishap {
    /** The link fails before the end of the format: nothing arrives (NotSent). */
    CUT_BEFORE_END,
    /** Every byte arrives, then the link drops before the acknowledgement (Unconfirmed). */
    DROPPED_AFTER_ARRIVAL,
    /** The link drops and the format never arrives, though every byte left (Unconfirmed). */
    DROPPED_AND_LOST,
    /** The printer acknowledges, then loses the format (a full buffer, ~JA). */
    ACKNOWLEDGED_THEN_LOST,
    /** The link refuses the job. */
    REFUSED
  }

  private final Set<PrinterState> faults = EnumSet.noneOf(PrinterState.class);
  private final Deque<byte[]> buffer = new ArrayDeque<>();
  private final List<byte[]> printed = new ArrayList<>();
  private final Deque<Mishap> mishaps = new ArrayDeque<>();
  private boolean silent;
  private boolean unreachable;
  private boolean meter = true;
  private boolean stuck;
  private long odometer = 600;
  private int sends;

  @Override
  public String id() {
    return "fake";
  }

  @Override
  public String address() {
    return "memory";
  }

  synchronized void fault(PrinterState f, boolean on) {
    if (on) {
      faults.add(f);
    } else {
      faults.remove(f);
    }
  }

  synchronized void silent(boolean on) {
    silent = on;
  }

  synchronized void unreachable(boolean on) {
    unreachable = on;
  }

  synchronized void withoutMeter() {
    meter = false;
  }

  /** Ready, but the buffer never drains (a printer that reports no fault and prints nothing). */
  synchronized void stuck(boolean on) {
    stuck = on;
  }

  synchronized void next(Mishap m) {
    mishaps.add(m);
  }

  /** Puts a job in the buffer as if it had arrived before the test began. */
  synchronized void holding(byte[] job) {
    buffer.add(job);
  }

  /** Makes the meter move as if a label printed without the queue's knowing. */
  synchronized void printedElsewhere(byte[] job) {
    printed.add(job);
    odometer += 6;
  }

  synchronized List<String> printed() {
    return printed.stream().map(String::new).toList();
  }

  synchronized int sends() {
    return sends;
  }

  synchronized long odometer() {
    return odometer;
  }

  @Override
  public synchronized PrinterStatus status() {
    Instant now = Instant.now();
    if (unreachable) {
      return PrinterStatus.unreachable(id(), address(), "connection refused", now);
    }
    if (silent) {
      return PrinterStatus.unresponsive(id(), address(), "no reply to ~HS", now);
    }
    if (faults.isEmpty() && !stuck) {
      while (!buffer.isEmpty()) {
        printed.add(buffer.poll());
        odometer += 6;
      }
    }
    return snapshot(now);
  }

  private PrinterStatus snapshot(Instant now) {
    PrinterState state = faults.isEmpty() ? PrinterState.READY : faults.iterator().next();
    return new PrinterStatus(
        id(),
        address(),
        state,
        faults,
        buffer.size(),
        buffer.size(),
        meter ? odometer : -1,
        List.of(),
        StatusSource.PRINTER,
        "",
        null,
        now);
  }

  @Override
  public synchronized Delivery send(byte[] job) {
    sends++;
    if (unreachable) {
      return new Delivery.NotSent("connection refused");
    }
    Mishap m = mishaps.poll();
    if (m == null) {
      buffer.add(job);
      return new Delivery.Acknowledged(snapshot(Instant.now()));
    }
    return switch (m) {
      case CUT_BEFORE_END -> new Delivery.NotSent("connection reset while sending");
      case DROPPED_AFTER_ARRIVAL -> {
        buffer.add(job);
        yield new Delivery.Unconfirmed("connection reset after the job was written");
      }
      case DROPPED_AND_LOST ->
          new Delivery.Unconfirmed("connection reset after the job was written");
      case ACKNOWLEDGED_THEN_LOST -> new Delivery.Acknowledged(snapshot(Instant.now()));
      case REFUSED -> new Delivery.Refused("a bitmap over a slow line");
    };
  }

  @Override
  public void close() {
    // nothing held
  }
}
