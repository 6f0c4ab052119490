package org.scanstation.station.domain.receipt;

/** A receipt file that is not a receipt: not JSON, or JSON of another shape. */
final class MalformedReceipt extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  MalformedReceipt(String message) {
    super(message);
  }
}
