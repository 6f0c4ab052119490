package org.scanstation.device.printer;

import java.time.Duration;
import java.util.Objects;
import org.scanstation.device.DeviceException;

/**
 * How patient the drivers are with a printer.
 *
 * @param statusTimeout how long to wait for the reply to one status query (and for {@code lpstat})
 * @param connectTimeout how long to wait for a TCP connection (and for {@code lp} to take a job)
 * @param maxLineBusy the longest a job containing a bitmap may occupy a slow serial line before it
 *     is refused (a 4x6 bitmap at 9600 baud takes minutes and holds every label behind it); a
 *     serial printer's URI may set its own ({@code ?max-busy=30s})
 */
public record PrinterOptions(
    Duration statusTimeout, Duration connectTimeout, Duration maxLineBusy) {
  /** 2 s for a status reply, 3 s to connect, 10 s of serial line per bitmap job. */
  public static final PrinterOptions DEFAULTS =
      new PrinterOptions(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(10));

  /** Checks that every duration is positive. */
  public PrinterOptions {
    positive(statusTimeout, "status timeout");
    positive(connectTimeout, "connect timeout");
    positive(maxLineBusy, "max line busy");
  }

  private static void positive(Duration d, String what) {
    Objects.requireNonNull(d, what);
    if (d.isNegative() || d.isZero()) {
      throw new DeviceException(what + " must be positive, got " + d);
    }
  }

  /** The same with another limit for a bitmap job on a serial line. */
  public PrinterOptions withMaxLineBusy(Duration d) {
    return new PrinterOptions(statusTimeout, connectTimeout, d);
  }

  /** The same with another status timeout. */
  public PrinterOptions withStatusTimeout(Duration d) {
    return new PrinterOptions(d, connectTimeout, maxLineBusy);
  }
}
