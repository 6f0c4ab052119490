package org.scanstation.station.domain.receipt;

import java.util.Objects;
import org.scanstation.station.domain.manifest.MerklePath;

/**
 * What a receipt states, before it is signed: the acceptance, the manifest it is on, the Merkle
 * path from the acceptance's chain hash to that manifest's root, and the carrier's proofs of
 * mailing and delivery when the read-back knows them. Immutable.
 *
 * @param format {@value #FORMAT}; a verifier refuses any other
 * @param acceptance the acceptance as recorded
 * @param manifest the closed manifest's header
 * @param path the piece's Merkle path on that manifest
 * @param mailing the USPS acceptance scan, or null when not known yet
 * @param delivery the delivery event, or null when not known yet
 */
public record Receipt(
    String format,
    ReceiptAcceptance acceptance,
    ReceiptManifest manifest,
    MerklePath path,
    CarrierProof mailing,
    CarrierProof delivery) {

  /** The one receipt format this station writes and reads. */
  public static final String FORMAT = "scan-station-receipt/2";

  /** Requires format, acceptance, manifest and path. */
  public Receipt {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(acceptance, "acceptance");
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(path, "path");
  }

  /** A receipt in the current format. */
  public static Receipt of(
      ReceiptAcceptance acceptance,
      ReceiptManifest manifest,
      MerklePath path,
      CarrierProof mailing,
      CarrierProof delivery) {
    return new Receipt(FORMAT, acceptance, manifest, path, mailing, delivery);
  }
}
