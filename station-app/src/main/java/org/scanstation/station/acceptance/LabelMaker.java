package org.scanstation.station.acceptance;

/**
 * Makes the printer bytes for an accepted parcel's label. Pure and fast (it runs before the
 * acceptance transaction); implementations are thread-safe.
 */
@FunctionalInterface
public interface LabelMaker {
  /** Renders the label for {@code request}. */
  LabelArtifact make(LabelRequest request);
}
