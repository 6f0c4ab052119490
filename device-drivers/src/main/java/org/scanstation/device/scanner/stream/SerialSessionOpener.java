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
 * {@code getCommPorts()} does not list ptys or some USB adapters. Thread-safe (immutable).
 */
public final class SerialSessionOpener implements SessionOpener {
  private final String path;
  private final SerialSettings settings;
  private final Framing framing;
  private final boolean flushOnOpen;
  private final Clock clock;

  /**
   * @param flushOnOpen discard what the port buffered before it was opened: scans made while the
   *     station was not listening were never acknowledged to the packer
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
    if (flushOnOpen) {
      link.discardInput();
    }
    return new StreamSession(describe(), link.input(), link, framing, clock);
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
