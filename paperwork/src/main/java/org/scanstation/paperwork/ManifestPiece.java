package org.scanstation.paperwork;

import java.util.Objects;

/**
 * One parcel on a hand-off manifest, as the station recorded it. All fields are display text; the
 * document cleans and cuts them, so hostile import data cannot break it. Immutable.
 *
 * @param trackingNumber the tracking number; printed in groups of four
 * @param serviceName the service as a person reads it, e.g. {@code Priority Mail}
 * @param destinationZip the destination ZIP or ZIP+4
 * @param acceptedAt when the station accepted it, already formatted by the station
 */
public record ManifestPiece(
    String trackingNumber, String serviceName, String destinationZip, String acceptedAt) {

  /** Requires every field; empty text is allowed. */
  public ManifestPiece {
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    Objects.requireNonNull(serviceName, "serviceName");
    Objects.requireNonNull(destinationZip, "destinationZip");
    Objects.requireNonNull(acceptedAt, "acceptedAt");
  }
}
