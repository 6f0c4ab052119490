package org.scanstation.paperwork;

/**
 * The extra services a firm sheet has a fee column for. The station maps its own service codes
 * (IMpb 910 to 913, 955, 957) to these; the sheet only needs to know which column to mark.
 */
public enum ExtraService {
  /** Certified Mail: the sheet's "Fee" column. */
  CERTIFIED_MAIL("Fee"),
  /** Restricted Delivery: the "RD Fee" column. */
  RESTRICTED_DELIVERY("RD Fee"),
  /** Adult Signature Required: the "ASR Fee" column. */
  ADULT_SIGNATURE("ASR Fee"),
  /** Adult Signature Restricted Delivery: the "ASRD Fee" column. */
  ADULT_SIGNATURE_RESTRICTED_DELIVERY("ASRD Fee"),
  /** Return Receipt on paper: the "RR Fee" column, marked {@code X}. */
  RETURN_RECEIPT("RR Fee"),
  /** Return Receipt Electronic: the same "RR Fee" column, marked {@code E}. */
  RETURN_RECEIPT_ELECTRONIC("RR Fee");

  private final String column;

  ExtraService(String column) {
    this.column = column;
  }

  /** The heading of the sheet's column this service is marked in. */
  String column() {
    return column;
  }
}
