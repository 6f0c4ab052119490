package org.scanstation.device.printer.connect;

import java.time.Clock;
import java.util.Objects;
import org.scanstation.device.DeviceException;
import org.scanstation.device.printer.LabelPrinter;
import org.scanstation.device.printer.PrinterLanguage;
import org.scanstation.device.printer.PrinterOptions;
import org.scanstation.device.printer.cups.CupsCommands;
import org.scanstation.device.printer.cups.CupsPrinter;
import org.scanstation.device.printer.epl.EplDialect;
import org.scanstation.device.printer.link.PrinterLink;
import org.scanstation.device.printer.link.SerialPrinterLink;
import org.scanstation.device.printer.link.TcpLink;
import org.scanstation.device.printer.link.UsbPrinterLink;
import org.scanstation.device.printer.stream.PrinterDialect;
import org.scanstation.device.printer.stream.StreamPrinter;
import org.scanstation.device.printer.tspl.TsplDialect;
import org.scanstation.device.printer.zpl.ZplDialect;
import org.scanstation.device.serial.SerialSettings;

/**
 * Makes the {@link LabelPrinter} a URI names, in the language its {@code ?lang=} sets (ZPL unless
 * given): the same link carries that language's jobs and status queries. Opening does no I/O: the
 * printer connects when first asked for its status or sent a job, so a printer that is off at
 * start-up is reported, not fatal.
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
    if (uri.maxBusy().isPresent()) {
      options = options.withMaxLineBusy(uri.maxBusy().get());
    }
    if (uri.scheme().equals("cups")) {
      return new CupsPrinter(id, uri.target(), uri.language(), cups, options, clock);
    }
    return new StreamPrinter(id, link(uri, options), dialect(uri.language()), options, clock);
  }

  private static PrinterLink link(PrinterUri uri, PrinterOptions options) {
    return switch (uri.scheme()) {
      case "tcp" -> new TcpLink(uri.target(), uri.port(), options.connectTimeout());
      case "serial" -> new SerialPrinterLink(uri.target(), SerialSettings.fromQuery(uri.query()));
      case "usb" -> new UsbPrinterLink(uri.usbVendor(), uri.usbProduct(), options.connectTimeout());
      default -> throw new DeviceException("printer URI '" + uri + "': unknown kind of printer");
    };
  }

  /** The status queries and job rules of {@code language}, over whichever link. */
  static PrinterDialect dialect(PrinterLanguage language) {
    return switch (language) {
      case ZPL -> ZplDialect.INSTANCE;
      case TSPL -> TsplDialect.INSTANCE;
      case EPL -> EplDialect.INSTANCE;
    };
  }
}
