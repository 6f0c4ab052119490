package org.scanstation.paperwork;

import java.util.Objects;

/**
 * One labelled line of a receipt, e.g. {@code Operator: jdoe}. Display text; the receipt cleans and
 * cuts it. Immutable.
 *
 * @param label what the value is
 * @param value the value as the station formats it
 */
public record ReceiptLine(String label, String value) {
  /** Requires both; empty text is allowed. */
  public ReceiptLine {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(value, "value");
  }
}
