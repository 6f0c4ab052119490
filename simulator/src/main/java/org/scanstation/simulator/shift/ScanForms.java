package org.scanstation.simulator.shift;

import java.util.random.RandomGenerator;
import org.scanstation.simulator.usps.UspsCheckDigit;
import org.scanstation.simulator.usps.UspsNumbers;

/**
 * Writes a tracking number the ways scanners and people deliver it. Every form here is one the
 * station must read back to the same number; ROUTED_NO_SEPARATOR is only used with 22-digit numbers
 * and a 5-digit ZIP, where no second reading exists. Stateless.
 */
final class ScanForms {
  static final char GS = '\u001D';

  /** ZIPs that start like IMpb channels (92, 93, 94, 95): they break search-based parsers. */
  private static final String[] TRICKY_ZIPS = {"92612", "94043", "93101", "95014", "94105"};

  private static final String[] FORMS = {
    "PLAIN", "SPACED", "ROUTED", "ROUTED_ZIP4", "FNC1_FIRST", "AIM_ROUTED", "ROUTED_NO_SEPARATOR"
  };

  /** A scan, how it is written, and the routing ZIP it carries (or null). */
  record Rendered(String scan, String form, String zip) {}

  private ScanForms() {}

  /** The number in a form drawn at random. */
  static Rendered any(RandomGenerator random, String number) {
    return render(random, number, FORMS[random.nextInt(FORMS.length)]);
  }

  /** The number plain or with a separated routing prefix (forms that keep a typo a typo). */
  static Rendered simple(RandomGenerator random, String number) {
    return render(random, number, random.nextBoolean() ? "PLAIN" : "ROUTED");
  }

  static Rendered render(RandomGenerator random, String number, String form) {
    String zip = zip(random);
    return switch (form) {
      case "PLAIN" -> new Rendered(number, form, null);
      case "SPACED" -> new Rendered(spaced(number), form, null);
      case "ROUTED" -> new Rendered("420" + zip + GS + number, form, zip);
      case "ROUTED_ZIP4" -> {
        String zip9 = zip + UspsNumbers.digits(random, 4);
        yield new Rendered("420" + zip9 + GS + number, form, zip9);
      }
      case "FNC1_FIRST" -> new Rendered(GS + "420" + zip + GS + number, form, zip);
      case "AIM_ROUTED" -> new Rendered("]C1420" + zip + GS + number, form, zip);
      case "ROUTED_NO_SEPARATOR" ->
          number.length() == 22
              ? new Rendered("420" + zip + number, form, zip)
              : render(random, number, "ROUTED");
      default -> throw new IllegalArgumentException("unknown form " + form);
    };
  }

  /**
   * A 34-digit scan {@code 420 + ZIP + 4 digits + number22} whose first 4 digits after the ZIP are
   * chosen so that they and the number also form a valid 26-digit IMpb: the station cannot tell ZIP
   * + 26 digits from ZIP+4 + 22 digits.
   */
  static Rendered ambiguous(RandomGenerator random, String number22) {
    String zip = zip(random);
    String head = (random.nextBoolean() ? "94" : "95") + random.nextInt(10);
    int check = number22.charAt(21) - '0';
    // The missing digit has weight 1 in the 26-digit reading (21st from the right of its 25 data
    // digits), so it shifts the sum by itself: pick it to make the check digit come out right.
    int rest = weightedSumMod10(head + "0" + number22.substring(0, 21));
    int digit = Math.floorMod(-check - rest, 10);
    String plus4 = head + digit;
    if (!UspsCheckDigit.isValid(plus4 + number22)) {
      throw new IllegalStateException("ambiguous construction failed for " + number22);
    }
    return new Rendered("420" + zip + plus4 + number22, "ROUTED_AMBIGUOUS", null);
  }

  /** The 3-1 weighted digit sum mod 10, recovered from the check digit it yields. */
  private static int weightedSumMod10(String data) {
    return Math.floorMod(-UspsCheckDigit.of(data), 10);
  }

  private static String zip(RandomGenerator random) {
    return random.nextInt(3) == 0
        ? TRICKY_ZIPS[random.nextInt(TRICKY_ZIPS.length)]
        : UspsNumbers.digits(random, 5);
  }

  private static String spaced(String number) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < number.length(); i++) {
      if (i > 0 && i % 4 == 0) {
        b.append(' ');
      }
      b.append(number.charAt(i));
    }
    return b.toString();
  }
}
