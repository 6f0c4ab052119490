package org.scanstation.station.domain.receipt;

import java.util.Objects;

/**
 * A receipt with the station's signature: what {@code station receipt} writes. Immutable.
 *
 * @param receipt what it states
 * @param signature the station's signature over its signed text ({@link ReceiptText})
 */
public record SignedReceipt(Receipt receipt, ReceiptSignature signature) {
  /** Requires both. */
  public SignedReceipt {
    Objects.requireNonNull(receipt, "receipt");
    Objects.requireNonNull(signature, "signature");
  }

  /** The parcel's tracking number. */
  public String trackingNumber() {
    return receipt.acceptance().trackingNumber();
  }
}
