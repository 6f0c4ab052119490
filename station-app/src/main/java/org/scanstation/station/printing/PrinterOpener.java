package org.scanstation.station.printing;

import org.scanstation.device.printer.LabelPrinter;

/**
 * Makes the printer a URI names: the composition root's factory, so that only it chooses adapters.
 */
@FunctionalInterface
public interface PrinterOpener {
  /**
   * The printer {@code id} at {@code uri}. Does no I/O.
   *
   * @throws org.scanstation.device.DeviceException when the URI is not valid
   */
  LabelPrinter open(String id, String uri);
}
