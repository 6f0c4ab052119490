package org.scanstation.station.acceptance;

import org.scanstation.station.domain.acceptance.AcceptanceResult;
import org.scanstation.station.domain.acceptance.Scan;

/**
 * Told of every scan's result once it is durable: the print queue, the packer's page, counters.
 * Called on the scanning thread; implementations return quickly and never throw.
 */
@FunctionalInterface
public interface AcceptanceListener {
  /** A scan's result, after commit: the scan, who was signed in, and what it turned out to be. */
  void onResult(Scan scan, String operatorId, AcceptanceResult result);
}
