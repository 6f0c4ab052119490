package org.scanstation.station.receipts;

import org.scanstation.station.domain.manifest.MerklePath;
import org.scanstation.station.domain.receipt.CarrierProof;
import org.scanstation.station.domain.receipt.Receipt;
import org.scanstation.station.domain.receipt.ReceiptAcceptance;
import org.scanstation.station.domain.receipt.ReceiptManifest;
import org.scanstation.station.domain.receipt.ReceiptSignature;
import org.scanstation.station.domain.receipt.SignedReceipt;

/**
 * The top level of a receipt file: the receipt's members and its signature side by side, so the
 * file is one flat object whose every member but {@code signature} is signed. Immutable.
 */
record JsonReceipt(
    String format,
    ReceiptAcceptance acceptance,
    ReceiptManifest manifest,
    MerklePath path,
    CarrierProof mailing,
    CarrierProof delivery,
    ReceiptSignature signature) {

  static JsonReceipt of(SignedReceipt s) {
    Receipt r = s.receipt();
    return new JsonReceipt(
        r.format(),
        r.acceptance(),
        r.manifest(),
        r.path(),
        r.mailing(),
        r.delivery(),
        s.signature());
  }

  /** The signed receipt; fails like the records do when a required member is null. */
  SignedReceipt signed() {
    return new SignedReceipt(
        new Receipt(format, acceptance, manifest, path, mailing, delivery), signature);
  }
}
