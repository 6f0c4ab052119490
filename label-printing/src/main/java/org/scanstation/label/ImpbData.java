package org.scanstation.label;

import java.util.regex.Pattern;

/**
 * The data a label's barcodes carry, written for each encoder. The IMpb is GS1: {@code FNC1 420
 * <ZIP> FNC1 <tracking number>}; the DataMatrix carries the same and, when it is plain enough, the
 * order id as GS1 AI 400 (customer's purchase order).
 */
final class ImpbData {
  /** How ZXing's Code 128 writer spells FNC1. */
  static final char CODE128_FNC1 = '\u00f1';

  /** How ZXing's DataMatrix writer (GS1 format) spells a separator: FNC1 in the symbol. */
  static final char GS = '\u001D';

  /** The routing element's GS1 application identifier. */
  static final String ROUTING_AI = "420";

  /** The order id's GS1 application identifier: customer's purchase order number. */
  static final String ORDER_AI = "400";

  /**
   * Order ids the DataMatrix carries: GS1 character set 82 without {@code _} (ZPL's escape in
   * {@code ^BX}), at most 30 characters. Anything else is printed but not encoded.
   */
  private static final Pattern GS1_ORDER_ID =
      Pattern.compile("[A-Za-z0-9!\"%&'()*+,./:;<=>?-]{1,30}");

  private ImpbData() {}

  /** The routing element: {@code 420} and the ZIP. */
  static String routing(ShippingLabel label) {
    return ROUTING_AI + label.routingZip();
  }

  /** The Code 128 content for ZXing; without a routing ZIP the number stands alone. */
  static String code128(ShippingLabel label) {
    return label.routingZip() == null
        ? CODE128_FNC1 + label.trackingNumber()
        : CODE128_FNC1 + routing(label) + CODE128_FNC1 + label.trackingNumber();
  }

  /** The ZPL plan of the same symbol. */
  static Code128Plan code128Plan(ShippingLabel label) {
    return label.routingZip() == null
        ? Code128Plan.gs1(label.trackingNumber())
        : Code128Plan.gs1(routing(label), label.trackingNumber());
  }

  /** The DataMatrix content for ZXing with GS1 format on (the leading FNC1 is implied). */
  static String dataMatrix(ShippingLabel label) {
    String order = encodableOrderId(label);
    return (label.routingZip() == null ? "" : routing(label) + GS)
        + label.trackingNumber()
        + (order == null ? "" : GS + ORDER_AI + order);
  }

  /** The DataMatrix field data for ZPL {@code ^BX} with {@code _} as escape: {@code _1} is FNC1. */
  static String dataMatrixZpl(ShippingLabel label) {
    return "_1" + dataMatrix(label).replace(String.valueOf(GS), "_1");
  }

  /** The order id when the DataMatrix can carry it exactly, else null. */
  static String encodableOrderId(ShippingLabel label) {
    String id = label.references().orderId();
    return id != null && GS1_ORDER_ID.matcher(id).matches() ? id : null;
  }

  /** The tracking number in groups of four, as printed under the barcode. */
  static String grouped(String digits) {
    StringBuilder b = new StringBuilder(digits.length() + digits.length() / 4);
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && i % 4 == 0) {
        b.append(' ');
      }
      b.append(digits.charAt(i));
    }
    return b.toString();
  }
}
