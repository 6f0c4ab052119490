package org.scanstation.simulator.backend;

import java.util.List;

/**
 * What the simulated carrier did with the backend's trackings, for tests to compare with what a
 * client concluded. Numbers in creation order.
 *
 * @param scanned trackings with a USPS acceptance checkpoint by now
 * @param notScanned trackings without one by now
 * @param neverScanned trackings the carrier will never scan, whatever the time
 */
public record CarrierTruth(
    List<String> scanned, List<String> notScanned, List<String> neverScanned) {
  /** Copies the lists. */
  public CarrierTruth {
    scanned = List.copyOf(scanned);
    notScanned = List.copyOf(notScanned);
    neverScanned = List.copyOf(neverScanned);
  }
}
