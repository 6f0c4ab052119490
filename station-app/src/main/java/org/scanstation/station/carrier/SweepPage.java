package org.scanstation.station.carrier;

import java.util.Objects;

/**
 * One page of a sweep over the trackings updated since some time.
 *
 * @param reply the classified answer (its readings when it was read)
 * @param nextCursor where the next page starts, or null when this was the last (or it failed)
 */
public record SweepPage(ReadReply reply, String nextCursor) {
  /** Requires the reply. */
  public SweepPage {
    Objects.requireNonNull(reply, "reply");
  }
}
