package org.scanstation.station.acceptance;

import org.scanstation.station.domain.acceptance.AcceptanceResult;

/**
 * Told of every scan's result once it is durable: the print queue, the packer's page, counters.
 * Called on the scanning thread; implementations return quickly and never throw.
 */
@FunctionalInterface
public interface AcceptanceListener {
  /** A scan's result, after commit. */
  void onResult(AcceptanceResult result);
}
