package org.scanstation.station.receipts;

/** A receipt file that is not a receipt: not UTF-8, not JSON, or JSON of another shape. */
public final class MalformedReceipt extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  MalformedReceipt(String message) {
    super(message);
  }

  MalformedReceipt(String message, Throwable cause) {
    super(message, cause);
  }
}
