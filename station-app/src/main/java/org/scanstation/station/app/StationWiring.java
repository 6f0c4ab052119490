package org.scanstation.station.app;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.scanstation.device.DeviceException;
import org.scanstation.device.printer.PrinterOptions;
import org.scanstation.device.printer.connect.PrinterUri;
import org.scanstation.device.printer.connect.Printers;
import org.scanstation.device.printer.queue.QueueSettings;
import org.scanstation.label.LabelRenderer;
import org.scanstation.label.MailService;
import org.scanstation.station.StationException;
import org.scanstation.station.acceptance.LabelMaker;
import org.scanstation.station.config.ByteSize;
import org.scanstation.station.config.DeviceList;
import org.scanstation.station.config.Setting;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.labels.StationLabels;
import org.scanstation.station.printing.PrinterOpener;
import org.scanstation.station.store.StoreWatch;

/** Chooses the station's adapters from its configuration: the composition root's helpers. */
final class StationWiring {
  private StationWiring() {}

  /**
   * The label maker {@code label.dpi} and {@code label.default-service} describe.
   *
   * @throws StationException naming the key when a value is not valid
   */
  static LabelMaker labels(StationConfig config) {
    int dpi;
    try {
      dpi = Integer.parseInt(config.get(Setting.LABEL_DPI).strip());
    } catch (NumberFormatException e) {
      dpi = -1;
    }
    if (!LabelRenderer.SUPPORTED_DPI.contains(dpi)) {
      throw new StationException(
          "config label.dpi must be one of "
              + LabelRenderer.SUPPORTED_DPI
              + ", got '"
              + config.get(Setting.LABEL_DPI)
              + "'");
    }
    String service = config.get(Setting.LABEL_DEFAULT_SERVICE).strip();
    return new StationLabels(
        dpi,
        MailService.fromId(service)
            .orElseThrow(
                () ->
                    new StationException(
                        "config label.default-service '"
                            + service
                            + "' is not one of"
                            + " priority-mail, priority-mail-express, ground-advantage")));
  }

  /**
   * The printers {@code printers} lists, id to URI, in order; each URI is checked now.
   *
   * @throws StationException naming the key and the entry that is not valid
   */
  static Map<String, String> printers(StationConfig config) {
    Map<String, String> printers;
    try {
      printers = DeviceList.parse(config.get(Setting.PRINTERS));
    } catch (IllegalArgumentException e) {
      throw new StationException("config printers: " + e.getMessage());
    }
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
  static PrinterOptions printerOptions(StationConfig config) {
    Duration status = duration(config, Setting.PRINTER_STATUS_TIMEOUT);
    try {
      return PrinterOptions.DEFAULTS.withStatusTimeout(status);
    } catch (DeviceException e) {
      throw new StationException("config printer.status-timeout: " + e.getMessage(), e);
    }
  }

  /** How the print queues pace themselves: {@code printer.*}. */
  static QueueSettings queueSettings(StationConfig config) {
    Duration poll = duration(config, Setting.PRINTER_POLL_INTERVAL);
    int limit;
    try {
      limit = Integer.parseInt(config.get(Setting.PRINTER_QUEUE_LIMIT).strip());
    } catch (NumberFormatException e) {
      throw new StationException(
          "config printer.queue-limit must be a whole number, got '"
              + config.get(Setting.PRINTER_QUEUE_LIMIT)
              + "'");
    }
    try {
      // The print meter may lag the last label's feed by a few polls; see docs/printers.md.
      return new QueueSettings(
          poll,
          duration(config, Setting.PRINTER_RETRY_MAX),
          duration(config, Setting.PRINTER_CONFIRM_TIMEOUT),
          poll.multipliedBy(6),
          poll.multipliedBy(10),
          limit);
    } catch (DeviceException e) {
      throw new StationException("config printer.*: " + e.getMessage(), e);
    }
  }

  /** The factory of real printers: raw TCP, serial, USB and CUPS. */
  static PrinterOpener printerOpener(PrinterOptions options) {
    return (id, uri) -> Printers.open(id, uri, options, Clock.systemUTC());
  }

  /** How a running station watches its store's space and health. */
  static StoreWatch.Limits storeLimits(StationConfig config) {
    long warn = size(config, Setting.STORE_FREE_SPACE_WARN);
    long min = size(config, Setting.STORE_FREE_SPACE_MIN);
    try {
      return new StoreWatch.Limits(
          Math.max(warn, min), min, duration(config, Setting.STORE_CHECK_INTERVAL));
    } catch (IllegalArgumentException e) {
      throw new StationException("config: " + e.getMessage());
    }
  }

  private static long size(StationConfig config, Setting s) {
    try {
      return ByteSize.parse(config.get(s));
    } catch (IllegalArgumentException e) {
      throw new StationException("config " + s.key() + ": " + e.getMessage());
    }
  }

  private static Duration duration(StationConfig config, Setting s) {
    try {
      return Setting.duration(config.get(s));
    } catch (IllegalArgumentException e) {
      throw new StationException("config " + s.key() + ": " + e.getMessage());
    }
  }
}
