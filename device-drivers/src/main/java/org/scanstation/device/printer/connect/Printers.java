package org.scanstation.device.printer.connect;

import java.time.Clock;
import java.util.Objects;
import org.scanstation.device.DeviceException;
import org.scanstation.device.printer.LabelPrinter;
import org.scanstation.device.printer.PrinterOptions;
import org.scanstation.device.printer.cups.CupsCommands;
import org.scanstation.device.printer.cups.CupsPrinter;
import org.scanstation.device.printer.link.SerialPrinterLink;
import org.scanstation.device.printer.link.TcpLink;
import org.scanstation.device.printer.link.UsbPrinterLink;
import org.scanstation.device.printer.zpl.StreamPrinter;
import org.scanstation.device.serial.SerialSettings;

/**
 * Makes the {@link LabelPrinter} a URI names. Opening does no I/O: the printer connects when first
 * asked for its status or sent a job, so a printer that is off at start-up is reported, not fatal.
 */
public final class Printers {
  private Printers() {}

  /**
   * The printer {@code id} at {@code uri}, with the system's CUPS commands.
   *
   * @throws DeviceException when the URI is not valid (its message shows the forms)
   */
  public static LabelPrinter open(String id, String uri, PrinterOptions options, Clock clock) {
    return open(id, PrinterUri.parse(uri), options, CupsCommands.SYSTEM, clock);
  }

  /** The printer {@code id} at {@code uri}; {@code cups} names the CUPS programs. */
  public static LabelPrinter open(
      String id, PrinterUri uri, PrinterOptions options, CupsCommands cups, Clock clock) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(clock, "clock");
    return switch (uri.scheme()) {
      case "tcp" ->
          new StreamPrinter(
              id, new TcpLink(uri.target(), uri.port(), options.connectTimeout()), options, clock);
      case "serial" ->
          new StreamPrinter(
              id,
              new SerialPrinterLink(uri.target(), SerialSettings.fromQuery(uri.query())),
              options,
              clock);
      case "usb" ->
          new StreamPrinter(
              id,
              new UsbPrinterLink(uri.usbVendor(), uri.usbProduct(), options.connectTimeout()),
              options,
              clock);
      case "cups" -> new CupsPrinter(id, uri.target(), cups, options, clock);
      default -> throw new DeviceException("printer URI '" + uri + "': unknown kind of printer");
    };
  }
}
