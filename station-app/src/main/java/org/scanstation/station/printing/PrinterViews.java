package org.scanstation.station.printing;

import java.util.List;
import org.scanstation.device.printer.PrinterLanguage;
import org.scanstation.device.printer.queue.PrintQueue;
import org.scanstation.device.printer.queue.QueueView;
import org.scanstation.station.api.DeviceView;

/**
 * Print queues as the pages show printers: the queue's state, so a printer answering READY while
 * its jobs are held shows HOLDING and is not ok. Pure.
 */
final class PrinterViews {
  private PrinterViews() {}

  static List<DeviceView> of(List<PrintQueue> queues) {
    return queues.stream().map(q -> of(q.view(), q.printer().language())).toList();
  }

  static DeviceView of(QueueView q, PrinterLanguage language) {
    return new DeviceView(
        q.printerId(),
        "printer",
        q.address(),
        q.state(),
        q.ready(),
        q.describe(),
        q.waiting(),
        q.oldestSince() == null ? null : q.oldestSince().toString(),
        language.title());
  }

  /** Why jobs for a printer id that is not configured wait, and the fix. */
  static String notConfigured(String printer) {
    return "printer '"
        + printer
        + "' is not configured — add it to the printers setting (e.g."
        + " printers="
        + printer
        + "=tcp://10.0.0.7:9100); the job prints once it is";
  }

  /** The station's printer when it is not configured. */
  static DeviceView notConfigured(String printer, int waiting) {
    return new DeviceView(
        printer,
        "printer",
        "",
        "NOT_CONFIGURED",
        false,
        notConfigured(printer),
        waiting,
        null,
        null);
  }
}
