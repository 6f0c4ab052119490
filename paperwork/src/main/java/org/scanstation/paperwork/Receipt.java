package org.scanstation.paperwork;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parcel's receipt for a person to read: the JSON receipt's fields as display lines, with the
 * root it proves against. The JSON receipt stays the one a verifier checks; this page shows the
 * same facts. Immutable.
 *
 * @param trackingNumber the parcel's tracking number
 * @param acceptance the acceptance: station, operator, time, event id, chain hash
 * @param manifest the manifest the parcel is on: id, date, position
 * @param merklePath the Merkle path from the piece to the root, one line per sibling
 * @param carrierEvents the carrier's acceptance and delivery events, when known
 * @param merkleRootHex the manifest's Merkle root, hex; printed as a QR code
 * @param signingKeyFingerprint the fingerprint of the key that signed the manifest, if any
 */
public record Receipt(
    String trackingNumber,
    List<ReceiptLine> acceptance,
    List<ReceiptLine> manifest,
    List<ReceiptLine> merklePath,
    List<ReceiptLine> carrierEvents,
    String merkleRootHex,
    Optional<String> signingKeyFingerprint) {

  /**
   * Requires every field.
   *
   * @throws PaperworkException when the root is not hex
   */
  public Receipt {
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    acceptance = List.copyOf(acceptance);
    manifest = List.copyOf(manifest);
    merklePath = List.copyOf(merklePath);
    carrierEvents = List.copyOf(carrierEvents);
    BarcodeText.requireHex(merkleRootHex);
    Objects.requireNonNull(signingKeyFingerprint, "signingKeyFingerprint");
  }
}
