package org.scanstation.station.api;

/**
 * What a close did: a new manifest, or nothing because no piece waits for one (never an empty
 * manifest).
 *
 * @param closed true when {@code manifest} was closed
 * @param manifest the new manifest, or null when nothing was closed
 * @param nothingToClose why nothing was closed, for people, or null when closed
 */
public record ManifestCloseOutcome(
    boolean closed, ManifestSummary manifest, String nothingToClose) {

  /** A new manifest. */
  public static ManifestCloseOutcome closed(ManifestSummary manifest) {
    return new ManifestCloseOutcome(true, manifest, null);
  }

  /** Nothing waited for a manifest. */
  public static ManifestCloseOutcome nothing(String why) {
    return new ManifestCloseOutcome(false, null, why);
  }
}
