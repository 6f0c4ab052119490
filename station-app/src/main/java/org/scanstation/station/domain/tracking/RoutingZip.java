package org.scanstation.station.domain.tracking;

import java.util.Objects;

/**
 * The destination ZIP an IMpb barcode carries after GS1 application identifier {@code 420}: five
 * digits or nine (ZIP+4).
 *
 * @param digits 5 or 9 ASCII digits
 */
public record RoutingZip(String digits) {

  /** Checks the shape; throws {@link IllegalArgumentException} on anything but 5 or 9 digits. */
  public RoutingZip {
    Objects.requireNonNull(digits, "digits");
    if ((digits.length() != 5 && digits.length() != 9) || !Digits.allAscii(digits)) {
      throw new IllegalArgumentException("a routing ZIP is 5 or 9 digits, got " + digits.length());
    }
  }

  /**
   * Parses a ZIP as typed by people: {@code 10001}, {@code 100011234} or {@code 10001-1234}.
   *
   * @throws IllegalArgumentException naming the value when it is not a ZIP or ZIP+4
   */
  public static RoutingZip parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    if (t.length() == 10 && t.charAt(5) == '-') {
      t = t.substring(0, 5) + t.substring(6);
    }
    if ((t.length() != 5 && t.length() != 9) || !Digits.allAscii(t)) {
      throw new IllegalArgumentException(
          "'" + Digits.printable(text) + "' is not a ZIP: use 5 digits or ZIP+4 (12345-6789)");
    }
    return new RoutingZip(t);
  }

  /** The five-digit ZIP. */
  public String zip5() {
    return digits.substring(0, 5);
  }

  /** {@code 12345} or {@code 12345-6789}. */
  public String formatted() {
    return digits.length() == 5 ? digits : digits.substring(0, 5) + "-" + digits.substring(5);
  }
}
