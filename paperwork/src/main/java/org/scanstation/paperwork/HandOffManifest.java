package org.scanstation.paperwork;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A closed manifest as handed to the carrier's driver or clerk: the station's own chain-of-custody
 * record, never a USPS SCAN form. Immutable.
 *
 * @param facilityName the warehouse or desk, e.g. {@code Acme Fulfilment, Dock 3}
 * @param facilityAddress the facility's address lines
 * @param stationId the station that closed the manifest
 * @param mailingDate the day the pieces are handed over
 * @param manifestId the manifest's id: printable ASCII, at most {@value #MAX_ID_LENGTH} characters,
 *     because it is printed as a Code 128 barcode
 * @param merkleRootHex the Merkle root over the pieces' chain hashes, hex; printed as a QR code
 * @param signingKeyFingerprint the fingerprint of the key that signed the manifest, if any
 * @param pieces the pieces in the order the station lists them
 */
public record HandOffManifest(
    String facilityName,
    List<String> facilityAddress,
    String stationId,
    LocalDate mailingDate,
    String manifestId,
    String merkleRootHex,
    Optional<String> signingKeyFingerprint,
    List<ManifestPiece> pieces) {

  /** Longer ids make a barcode wider than the page at a module a scanner can still read. */
  public static final int MAX_ID_LENGTH = 40;

  /**
   * Checks what the barcodes must carry.
   *
   * @throws PaperworkException when the manifest id is empty, too long or outside printable ASCII,
   *     or the root is not hex
   */
  public HandOffManifest {
    Objects.requireNonNull(facilityName, "facilityName");
    facilityAddress = List.copyOf(facilityAddress);
    Objects.requireNonNull(stationId, "stationId");
    Objects.requireNonNull(mailingDate, "mailingDate");
    Objects.requireNonNull(signingKeyFingerprint, "signingKeyFingerprint");
    pieces = List.copyOf(pieces);
    BarcodeText.requireCode128(manifestId, MAX_ID_LENGTH);
    BarcodeText.requireHex(merkleRootHex);
  }

  /** How many pieces of each service, by service name in alphabetical order. */
  public Map<String, Integer> totalsByService() {
    Map<String, Integer> totals = new TreeMap<>();
    for (ManifestPiece p : pieces) {
      totals.merge(PdfText.clean(p.serviceName()), 1, Integer::sum);
    }
    return totals;
  }
}
