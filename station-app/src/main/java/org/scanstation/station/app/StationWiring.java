package org.scanstation.station.app;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.scanstation.device.DeviceException;
import org.scanstation.device.printer.PrinterOptions;
import org.scanstation.device.printer.PrinterUri;
import org.scanstation.device.printer.Printers;
import org.scanstation.device.printer.QueueSettings;
import org.scanstation.label.MailService;
import org.scanstation.station.StationException;
import org.scanstation.station.acceptance.LabelMaker;
import org.scanstation.station.config.Setting;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.labels.StationLabels;
import org.scanstation.station.printing.PrinterOpener;
import org.scanstation.station.store.StoreWatch;

/** Chooses the station's adapters from its configuration: the composition root's helpers. */
public final class StationWiring {
  private StationWiring() {}

  /**
   * The label maker {@code label.dpi} and {@code label.default-service} describe.
   *
   * @throws StationException naming the key when a value is not valid
   */
  static LabelMaker labels(StationConfig config) {
    return new StationLabels(
        config.number(Setting.LABEL_DPI),
        config.as(Setting.LABEL_DEFAULT_SERVICE, MailService.class));
  }

  /**
   * The printers {@code printers} lists, id to URI, in order; each URI is checked now.
   *
   * @throws StationException naming the key and the entry that is not valid
   */
  static Map<String, String> printers(StationConfig config) {
    Map<String, String> printers = config.devices(Setting.PRINTERS);
    for (String uri : printers.values()) {
      try {
        PrinterUri.parse(uri);
      } catch (DeviceException e) {
        throw new StationException("config printers: " + e.getMessage(), e);
      }
    }
    return printers;
  }

  /** How patient the printer drivers are: {@code printer.status-timeout}. */
  public static PrinterOptions printerOptions(StationConfig config) {
    Duration status = config.duration(Setting.PRINTER_STATUS_TIMEOUT);
    try {
      return PrinterOptions.DEFAULTS.withStatusTimeout(status);
    } catch (DeviceException e) {
      throw new StationException("config printer.status-timeout: " + e.getMessage(), e);
    }
  }

  /** How the print queues pace themselves: {@code printer.*}. */
  public static QueueSettings queueSettings(StationConfig config) {
    Duration poll = config.duration(Setting.PRINTER_POLL_INTERVAL);
    int limit = config.number(Setting.PRINTER_QUEUE_LIMIT);
    try {
      // The print meter may lag the last label's feed by a few polls; see docs/printers.md.
      return new QueueSettings(
          poll,
          config.duration(Setting.PRINTER_RETRY_MAX),
          config.duration(Setting.PRINTER_CONFIRM_TIMEOUT),
          poll.multipliedBy(6),
          poll.multipliedBy(10),
          limit);
    } catch (DeviceException e) {
      throw new StationException("config printer.*: " + e.getMessage(), e);
    }
  }

  /** The factory of real printers: raw TCP, serial, USB and CUPS. */
  public static PrinterOpener printerOpener(PrinterOptions options) {
    return (id, uri) -> Printers.open(id, uri, options, Clock.systemUTC());
  }

  /** How a running station watches its store's space and health. */
  static StoreWatch.Limits storeLimits(StationConfig config) {
    long warn = config.size(Setting.STORE_FREE_SPACE_WARN);
    long min = config.size(Setting.STORE_FREE_SPACE_MIN);
    return new StoreWatch.Limits(
        Math.max(warn, min), min, config.duration(Setting.STORE_CHECK_INTERVAL));
  }
}
