package org.scanstation.device.scanner.stream;

import java.time.Clock;
import java.util.Objects;
import org.scanstation.device.scanner.Framing;
import org.scanstation.device.scanner.ScannerSession;
import org.scanstation.device.scanner.SessionOpener;
import org.scanstation.device.serial.SerialLink;
import org.scanstation.device.serial.SerialSettings;

/**
 * Opens a serial scanner by path through {@link SerialLink}. The path is given, never discovered:
 * {@code getCommPorts()} does not list ptys or some USB adapters. Scans the port buffered before an
 * open are discarded (counted and reported) only on the first open, with {@code flushOnOpen}; after
 * a replug they are framed: they are the packer's scans of the last moments (see {@link Backlog}).
 *
 * <p>Called by one scanner's thread only: it remembers that scanner's last session.
 */
public final class SerialSessionOpener implements SessionOpener {
  private final String path;
  private final SerialSettings settings;
  private final Framing framing;
  private final boolean flushOnOpen;
  private final Clock clock;
  private StreamSession previous;

  /**
   * @param flushOnOpen on the first open, discard (and report) what the port buffered before it:
   *     scans made while the station was not running were never answered to the packer
   */
  public SerialSessionOpener(
      String path, SerialSettings settings, Framing framing, boolean flushOnOpen, Clock clock) {
    this.path = Objects.requireNonNull(path, "path");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.framing = Objects.requireNonNull(framing, "framing");
    this.flushOnOpen = flushOnOpen;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public ScannerSession open() {
    SerialLink link = SerialLink.open(path, settings.withReadTimeout(framing.readTimeout()));
    Backlog backlog = Backlog.next(previous, flushOnOpen);
    previous = new StreamSession(describe(), link.input(), link, framing, backlog, clock);
    return previous;
  }

  private String describe() {
    return "serial port "
        + path
        + " "
        + settings.baud()
        + " "
        + settings.dataBits()
        + settings.parity().name().charAt(0)
        + switch (settings.stopBits()) {
          case ONE -> "1";
          case ONE_POINT_FIVE -> "1.5";
          case TWO -> "2";
        };
  }
}
