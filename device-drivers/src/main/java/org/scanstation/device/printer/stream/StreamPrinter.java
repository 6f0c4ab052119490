package org.scanstation.device.printer.stream;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.scanstation.device.DeviceException;
import org.scanstation.device.printer.Delivery;
import org.scanstation.device.printer.LabelPrinter;
import org.scanstation.device.printer.PrinterLanguage;
import org.scanstation.device.printer.PrinterOptions;
import org.scanstation.device.printer.PrinterState;
import org.scanstation.device.printer.PrinterStatus;
import org.scanstation.device.printer.link.PrinterLink;
import org.scanstation.device.printer.link.PrinterWire;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A printer on a byte link (raw TCP, a serial line, or a USB printer interface) in any language its
 * {@link PrinterDialect} describes. It keeps one connection open between calls and opens a new one
 * after any failure.
 *
 * <p>{@link #send} writes the job up to the end of its last label ({@code ^XZ}, TSPL {@code PRINT},
 * EPL2 {@code P1}), then the rest, then asks the dialect's quick status query on the same link: a
 * reply proves the printer read every byte before it. If the link fails before the last label is
 * complete, a one-label job is {@link Delivery.NotSent} (the printer never got the command that
 * prints it); any later failure is {@link Delivery.Unconfirmed}.
 *
 * <p>Thread-safe: every call holds this printer's lock.
 */
public final class StreamPrinter implements LabelPrinter {
  private static final Logger log = LoggerFactory.getLogger(StreamPrinter.class);

  private final String id;
  private final PrinterLink link;
  private final PrinterOptions options;
  private final Clock clock;
  private final PrinterDialect dialect;
  private final StatusReader queries;
  private PrinterWire wire;

  /** A printer {@code id} speaking {@code dialect} through {@code link}. Connects on first use. */
  public StreamPrinter(
      String id, PrinterLink link, PrinterDialect dialect, PrinterOptions options, Clock clock) {
    this.id = Objects.requireNonNull(id, "id");
    this.link = Objects.requireNonNull(link, "link");
    this.options = Objects.requireNonNull(options, "options");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.queries = dialect.reader(id, link.address(), options.statusTimeout(), clock);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String address() {
    return link.address();
  }

  @Override
  public PrinterLanguage language() {
    return dialect.language();
  }

  @Override
  public synchronized PrinterStatus status() {
    boolean kept = wire != null;
    try {
      return query(connect());
    } catch (IOException e) {
      drop();
      if (!kept) {
        return PrinterStatus.unreachable(id, address(), e.getMessage(), clock.instant());
      }
    }
    // The kept connection had gone stale (printers close idle ones): once more on a new one.
    try {
      return query(connect());
    } catch (IOException e) {
      drop();
      return PrinterStatus.unreachable(id, address(), e.getMessage(), clock.instant());
    }
  }

  private PrinterStatus query(PrinterWire w) throws IOException {
    PrinterStatus s = ask(w);
    if (s.state() == PrinterState.UNRESPONSIVE) {
      // A half-open connection (a printer that lost power or network) also stays silent; only a
      // fresh connect on the next poll tells silent from unreachable. It also drops late replies.
      drop();
    }
    return s;
  }

  private PrinterStatus ask(PrinterWire w) throws IOException {
    return w.canRead()
        ? queries.query(w)
        : PortStatus.of(id, address(), w.portSignals(), clock.instant());
  }

  @Override
  public synchronized Delivery send(byte[] job) {
    Delivery refused = refusal(job);
    if (refused != null) {
      return refused;
    }
    PrinterWire w;
    try {
      w = connect();
    } catch (IOException e) {
      drop();
      return new Delivery.NotSent(e.getMessage());
    }
    int end = dialect.endOfLastLabel(job);
    try {
      w.write(job, 0, end);
    } catch (IOException e) {
      drop();
      String why = "the link failed while sending (" + e.getMessage() + ")";
      return dialect.labels(job) <= 1
          ? new Delivery.NotSent(why + "; " + dialect.unfinished())
          : new Delivery.Unconfirmed(why + "; labels before the failure may have printed");
    }
    return acknowledge(w, job, end);
  }

  private Delivery acknowledge(PrinterWire w, byte[] job, int end) {
    try {
      if (end < job.length) {
        w.write(job, end, job.length - end);
      }
      if (!w.canRead()) {
        return new Delivery.Handed("written to " + address() + ", a one-way link");
      }
      Duration wait = options.statusTimeout().plus(transferTime(job.length));
      PrinterStatus after = queries.afterJob(w, wait);
      if (after == null) {
        drop(); // its late reply must not be read as the answer to a later query
        return new Delivery.Unconfirmed(
            "no reply to "
                + queries.ackQuery()
                + " within "
                + wait.toMillis()
                + " ms after the job");
      }
      return new Delivery.Acknowledged(after);
    } catch (IOException e) {
      drop();
      return new Delivery.Unconfirmed(
          "the link failed after the job was written (" + e.getMessage() + ")");
    } catch (DeviceException unreadable) {
      return new Delivery.Unconfirmed(unreadable.getMessage());
    }
  }

  /** Why a job must not go out on this link, or null. */
  private Delivery refusal(byte[] job) {
    if (dialect.labels(job) == 0 || dialect.endOfLastLabel(job) < 0) {
      return new Delivery.Refused(dialect.notALabel());
    }
    if (link.bitsPerSecond() <= 0) {
      return null;
    }
    Duration busy = transferTime(job.length);
    String bitmap = dialect.bitmapCommand(job);
    if (busy.compareTo(options.maxLineBusy()) <= 0) {
      return null;
    }
    long seconds = (busy.toMillis() + 999) / 1000; // rounded up: 10.6 s is over a 10 s limit
    String what =
        String.format(
            "a %d KB job would hold %s for %d s at %d baud",
            (job.length + 1023) / 1024, address(), seconds, link.bitsPerSecond());
    if (bitmap == null) {
      log.warn("printer {}: {}; every label behind it waits", id, what);
      return null;
    }
    return new Delivery.Refused(
        what + " (it carries a bitmap, " + bitmap + ") — " + fixes(seconds));
  }

  /** What lets a bitmap job through: a faster line, a longer limit, another link. */
  private String fixes(long seconds) {
    String baud =
        link.bitsPerSecond() < 115_200
            ? "raise the baud rate on the printer and in the URI (?baud=115200), "
            : "";
    return baud
        + "let a job hold the line longer (&max-busy="
        + (seconds + 5)
        + "s; "
        + options.maxLineBusy().toSeconds()
        + " s is allowed now), or connect it by TCP or USB";
  }

  /** How long the link takes to carry {@code bytes} (10 bits a byte on a serial line). */
  private Duration transferTime(int bytes) {
    int bps = link.bitsPerSecond();
    return bps <= 0 ? Duration.ZERO : Duration.ofMillis(bytes * 10_000L / bps);
  }

  private PrinterWire connect() throws IOException {
    if (wire == null) {
      wire = link.open();
    }
    return wire;
  }

  private void drop() {
    if (wire != null) {
      wire.close();
      wire = null;
    }
  }

  @Override
  public synchronized void close() {
    drop();
  }

  @Override
  public String toString() {
    return "printer " + id + " at " + address();
  }
}
