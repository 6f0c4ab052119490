package org.scanstation.station.printing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scanstation.device.printer.connect.HeadSettings;
import org.scanstation.device.printer.connect.PrinterUri;
import org.scanstation.device.printer.queue.PrintQueue;
import org.scanstation.device.printer.queue.PrintQueueListener;
import org.scanstation.device.printer.queue.QueueSettings;

/**
 * The station's print queues: one per configured printer, started at once, and one per printer a
 * job names by URI instead of by id (a reprint to another printer), started when first needed.
 * Thread-safe (synchronized).
 */
final class Fleet implements AutoCloseable {
  private final Map<String, String> configured;
  private final PrinterOpener opener;
  private final QueueSettings settings;
  private final Clock clock;
  private final List<PrintQueueListener> listeners;
  private final Map<String, PrintQueue> queues = new LinkedHashMap<>();
  private final Map<String, HeadSettings> heads = new LinkedHashMap<>();

  Fleet(
      Map<String, String> configured,
      PrinterOpener opener,
      QueueSettings settings,
      Clock clock,
      List<PrintQueueListener> listeners) {
    this.configured = Map.copyOf(configured);
    this.opener = opener;
    this.settings = settings;
    this.clock = clock;
    this.listeners = listeners;
  }

  /** Starts a queue for every configured printer, in configuration order. */
  synchronized void startConfigured(List<String> order) {
    for (String id : order) {
      queues.put(id, start(id, configured.get(id)));
    }
  }

  /**
   * The queue for a job's printer: a configured id, a URI (a configured printer's, else a new queue
   * for it), or empty when the id is not configured.
   *
   * @throws org.scanstation.device.DeviceException when it is a URI that is not valid
   */
  synchronized Optional<PrintQueue> queueFor(String printer) {
    PrintQueue q = queues.get(printer);
    if (q != null) {
      return Optional.of(q);
    }
    if (!PrinterUri.looksLikeUri(printer)) {
      return Optional.empty();
    }
    for (Map.Entry<String, String> e : configured.entrySet()) {
      if (e.getValue().equals(printer)) {
        return Optional.ofNullable(queues.get(e.getKey()));
      }
    }
    PrintQueue adHoc = start(printer, printer);
    queues.put(printer, adHoc);
    return Optional.of(adHoc);
  }

  private PrintQueue start(String id, String uri) {
    PrintQueue q = new PrintQueue(opener.open(id, uri), settings, clock);
    heads.put(q.printer().id(), PrinterUri.parse(uri).headSettings());
    listeners.forEach(q::addListener);
    q.start();
    return q;
  }

  /** Adds {@code listener} to every queue running now and every queue started later. */
  synchronized void addListener(PrintQueueListener listener) {
    listeners.add(listener);
    queues.values().forEach(q -> q.addListener(listener));
  }

  /** The darkness and speed its URI gives the printer of {@code queue}. */
  synchronized HeadSettings headSettings(PrintQueue queue) {
    return heads.getOrDefault(queue.printer().id(), HeadSettings.UNSET);
  }

  synchronized boolean isConfigured(String printer) {
    return configured.containsKey(printer) || configured.containsValue(printer);
  }

  /** Every queue, configured printers first. */
  synchronized List<PrintQueue> queues() {
    return new ArrayList<>(queues.values());
  }

  /** Stops every queue; each stops within about its printer's timeouts. */
  @Override
  public synchronized void close() {
    queues.values().forEach(PrintQueue::close);
    queues.clear();
    heads.clear();
  }
}
