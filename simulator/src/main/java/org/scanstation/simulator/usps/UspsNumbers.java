package org.scanstation.simulator.usps;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Makes valid USPS IMpb tracking numbers: channel (2) + service type code (3) + Mailer ID (9 digits
 * starting with 9, or 6 digits starting 0-8) + serial + mod-10 check digit, 22 or 26 digits long.
 * Channel 92 carries a 9-digit Mailer ID and channel 93 a 6-digit one; 94 and 95 take either.
 * Stateless; the caller's random generator decides the draw.
 */
public final class UspsNumbers {
  /** Service type codes drawn from: Ground Advantage, Priority Mail, Priority Mail Express. */
  private static final String[] SERVICE_TYPES = {"001", "055", "701"};

  private UspsNumbers() {}

  /** Whether {@code mid} has the shape of a Mailer ID. */
  public static boolean isMailerId(String mid) {
    boolean digits = !mid.isEmpty() && mid.chars().allMatch(c -> c >= '0' && c <= '9');
    return digits
        && ((mid.length() == 9 && mid.charAt(0) == '9')
            || (mid.length() == 6 && mid.charAt(0) != '9'));
  }

  /**
   * A valid IMpb number of the given length (22 or 26) for the Mailer ID, with a channel that fits
   * it and a random serial.
   */
  public static String impb(RandomGenerator random, String mailerId, int length) {
    Objects.requireNonNull(random, "random");
    if (!isMailerId(mailerId)) {
      throw new IllegalArgumentException(mailerId + " is not a Mailer ID");
    }
    if (length != 22 && length != 26) {
      throw new IllegalArgumentException("IMpb numbers have 22 or 26 digits, not " + length);
    }
    String[] channels =
        mailerId.length() == 9 ? new String[] {"92", "94", "95"} : new String[] {"93", "94", "95"};
    String head =
        channels[random.nextInt(channels.length)]
            + SERVICE_TYPES[random.nextInt(SERVICE_TYPES.length)]
            + mailerId;
    return UspsCheckDigit.append(head + digits(random, length - 1 - head.length()));
  }

  /** A random Mailer ID: 9 digits starting with 9, or 6 digits starting 1-8. */
  public static String mailerId(RandomGenerator random) {
    return random.nextBoolean()
        ? "9" + digits(random, 8)
        : (char) ('1' + random.nextInt(8)) + digits(random, 5);
  }

  /** {@code n} random ASCII digits. */
  public static String digits(RandomGenerator random, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append((char) ('0' + random.nextInt(10)));
    }
    return b.toString();
  }

  /**
   * Whether a tracking number is plausible for USPS as a backend would check it: 20, 22 or 26
   * digits with a valid check digit (20-digit legacy numbers may compute it with "91" in front).
   */
  public static boolean isPlausible(String number) {
    int n = number.length();
    if (n != 20 && n != 22 && n != 26) {
      return false;
    }
    return UspsCheckDigit.isValid(number)
        || (n == 20
            && number.chars().allMatch(c -> c >= '0' && c <= '9')
            && UspsCheckDigit.of("91" + number.substring(0, n - 1)) == number.charAt(n - 1) - '0');
  }

  /**
   * The Mailer ID in a tracking number, or null when it has none we can read: IMpb numbers (22 or
   * 26 digits) carry it after the 2-digit channel and the 3-digit service type code, 9 digits when
   * its first is 9, else 6; legacy 20-digit numbers after their 2-digit service code, 9 digits.
   */
  public static String mailerIdOf(String number) {
    if (number == null || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    return switch (number.length()) {
      case 22, 26 -> number.substring(5, number.charAt(5) == '9' ? 14 : 11);
      case 20 -> number.substring(2, 11);
      default -> null;
    };
  }
}
