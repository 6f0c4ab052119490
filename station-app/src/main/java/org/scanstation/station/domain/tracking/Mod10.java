package org.scanstation.station.domain.tracking;

/**
 * The USPS mod-10 check digit: from the rightmost data digit leftwards, weights 3, 1, 3, 1...; the
 * check digit is {@code (10 - sum mod 10) mod 10}. Thread-safe (stateless).
 */
public final class Mod10 {
  private Mod10() {}

  /**
   * The check digit for the ASCII digits {@code data[from, to)}.
   *
   * @throws IllegalArgumentException when a character in the range is not ASCII 0-9
   */
  public static int checkDigit(CharSequence data, int from, int to) {
    int sum = 0;
    int weight = 3;
    for (int i = to - 1; i >= from; i--) {
      int d = data.charAt(i) - '0';
      if (d < 0 || d > 9) {
        throw new IllegalArgumentException("not an ASCII digit at position " + (i + 1));
      }
      sum += d * weight;
      weight = 4 - weight;
    }
    return (10 - sum % 10) % 10;
  }

  /** The check digit for all of {@code data}. */
  public static int checkDigit(CharSequence data) {
    return checkDigit(data, 0, data.length());
  }

  /** {@code data} followed by its check digit: how test fixtures and simulators make numbers. */
  public static String withCheckDigit(String data) {
    return data + checkDigit(data);
  }
}
