package org.scanstation.station.acceptance;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.scanstation.station.domain.acceptance.AcceptancePolicy;
import org.scanstation.station.domain.acceptance.AcceptanceResult;
import org.scanstation.station.domain.acceptance.Accepted;
import org.scanstation.station.domain.acceptance.Scan;
import org.scanstation.station.store.DerbyAcceptanceLedger;
import org.scanstation.station.store.StationStore;

/** Parcels accepted into a test's store through the real recording path, at a given time. */
public final class Accepting {
  private Accepting() {}

  /**
   * Accepts each scan at {@code at} (station-7, operator ana, tiny labels) and returns the tracking
   * numbers recorded.
   *
   * @throws AssertionError when one is not accepted
   */
  public static List<String> accept(StationStore store, Instant at, List<String> scans) {
    AcceptanceService s =
        new AcceptanceService(
            AcceptancePolicy.OPEN,
            new DerbyAcceptanceLedger(store),
            new FixedLabels(),
            Clock.fixed(at, ZoneOffset.UTC),
            "station-7",
            scanner -> "dock-1",
            UUID::randomUUID);
    List<String> out = new ArrayList<>();
    for (String scan : scans) {
      AcceptanceResult r = s.accept(new Scan(scan, "desk-1", at), "ana");
      if (!(r instanceof Accepted a)) {
        throw new AssertionError(scan + " was not accepted: " + r);
      }
      out.add(a.event().trackingNumber());
    }
    return out;
  }
}
