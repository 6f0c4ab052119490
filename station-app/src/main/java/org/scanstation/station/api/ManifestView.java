package org.scanstation.station.api;

import java.util.List;

/**
 * A closed manifest and its pieces in leaf order: what {@code station manifest show} prints and
 * what the manifest and firm-sheet documents are drawn from.
 *
 * @param manifest the header
 * @param pieces every piece, in leaf (chain) order
 */
public record ManifestView(ManifestSummary manifest, List<ManifestPiece> pieces) {

  /** Copies the list. */
  public ManifestView {
    pieces = List.copyOf(pieces);
  }
}
