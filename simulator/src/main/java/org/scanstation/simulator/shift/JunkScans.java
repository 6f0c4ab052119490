package org.scanstation.simulator.shift;

import java.util.random.RandomGenerator;
import org.scanstation.simulator.usps.UspsCheckDigit;
import org.scanstation.simulator.usps.UspsNumbers;

/**
 * Barcodes that are not USPS parcel numbers, each with the reason the station gives. Every one is
 * built so that reason is certain. Stateless.
 */
final class JunkScans {
  private static final String[] WORDS = {"HELLO", "N/A", "TEST LABEL", "ORDER#4411", "RETURN"};

  /** A junk scan: text, form, expected reason. */
  record Junk(String scan, String form, RejectCode reason) {}

  private JunkScans() {}

  /** A junk scan of a form drawn at random; {@code number} is a valid number to spoil. */
  static Junk draw(RandomGenerator random, String number) {
    return switch (random.nextInt(7)) {
      case 0 -> new Junk(WORDS[random.nextInt(WORDS.length)], "WORD", RejectCode.NON_DIGIT);
      case 1 -> new Junk(letterO(random, number), "LETTER_IN_NUMBER", RejectCode.NON_DIGIT);
      case 2 ->
          new Junk(
              UspsNumbers.digits(random, 5 + random.nextInt(15)), "SHORT", RejectCode.WRONG_LENGTH);
      case 3 ->
          new Junk(
              UspsCheckDigit.append("00" + UspsNumbers.digits(random, 17)),
              "SSCC",
              RejectCode.UNKNOWN_FORMAT);
      case 4 -> new Junk(ups(random), "UPS", RejectCode.UNKNOWN_FORMAT);
      case 5 -> new Junk("96" + UspsNumbers.digits(random, 20), "FEDEX", RejectCode.UNKNOWN_FORMAT);
      default -> new Junk(String.valueOf(ScanForms.GS), "FNC1_ONLY", RejectCode.EMPTY);
    };
  }

  /** The number with one digit 0 read as the letter O, as a worn label or a typing packer does. */
  private static String letterO(RandomGenerator random, String number) {
    int at = random.nextInt(number.length());
    return number.substring(0, at) + 'O' + number.substring(at + 1);
  }

  private static String ups(RandomGenerator random) {
    String alnum = "ABCDEFGHJKLMNPRSTUVWXY0123456789";
    StringBuilder b = new StringBuilder("1Z");
    for (int i = 0; i < 16; i++) {
      b.append(alnum.charAt(random.nextInt(alnum.length())));
    }
    return b.toString();
  }
}
