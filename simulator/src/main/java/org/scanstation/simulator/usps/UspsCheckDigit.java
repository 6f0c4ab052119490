package org.scanstation.simulator.usps;

/**
 * The USPS mod-10 check digit, written here again on purpose: the simulator must not share the
 * station's code, or a bug there would hide in both. From the rightmost data digit leftwards the
 * weights are 3, 1, 3, 1...; the check digit is {@code (10 - sum mod 10) mod 10}. Stateless.
 */
public final class UspsCheckDigit {
  private UspsCheckDigit() {}

  /**
   * The check digit for a string of ASCII digits.
   *
   * @throws IllegalArgumentException when a character is not ASCII 0-9
   */
  public static int of(CharSequence data) {
    int sum = 0;
    int weight = 3;
    for (int i = data.length() - 1; i >= 0; i--) {
      int d = data.charAt(i) - '0';
      if (d < 0 || d > 9) {
        throw new IllegalArgumentException("not an ASCII digit at position " + (i + 1));
      }
      sum += d * weight;
      weight = 4 - weight;
    }
    return (10 - sum % 10) % 10;
  }

  /** {@code data} followed by its check digit. */
  public static String append(String data) {
    return data + of(data);
  }

  /** Whether the last digit of an all-digit string is the check digit of the others. */
  public static boolean isValid(String number) {
    if (number.length() < 2 || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    int last = number.length() - 1;
    return of(number.substring(0, last)) == number.charAt(last) - '0';
  }
}
