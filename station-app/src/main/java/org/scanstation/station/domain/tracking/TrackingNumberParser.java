package org.scanstation.station.domain.tracking;

/**
 * Turns raw scanner output or typed text into a {@link ValidScan} or a {@link Rejection}.
 *
 * <p>Normalisation works by position, never by searching for "92"/"94" (ZIPs such as 92612 would
 * break that): surrounding whitespace is trimmed, a leading AIM symbology identifier ({@code ]C1})
 * is dropped, GS (0x1D, FNC1 as scanners send it) separates data elements (one may lead and one may
 * trail; an empty element between two is refused, not repaired), spaces and dashes between digit
 * groups are allowed, and a GS1 {@code 420} + ZIP or ZIP+4 routing prefix is split off and kept.
 * Only ASCII 0-9 count as digits.
 *
 * <p>Stateless and thread-safe; never throws on any input.
 */
public final class TrackingNumberParser {
  /** Longer input is refused before it is looked at: no barcode the station reads comes close. */
  public static final int MAX_INPUT_CHARS = 512;

  private static final char GS = '\u001D';
  private static final String ROUTING_AI = "420";

  /** Parses one scan. */
  public ParseResult parse(CharSequence raw) {
    if (raw == null) {
      return reject(RejectReason.EMPTY, "nothing was scanned");
    }
    if (raw.length() > MAX_INPUT_CHARS) {
      return reject(
          RejectReason.WRONG_LENGTH,
          "scan is " + raw.length() + " characters long; a USPS barcode has at most 38 digits");
    }
    String s = trim(raw);
    if (s.length() >= 3 && s.charAt(0) == ']') {
      s = s.substring(3); // AIM symbology identifier, e.g. ]C1 for GS1-128
    }
    if (s.length() >= 2 && (s.charAt(0) == '1') && (s.charAt(1) == 'Z' || s.charAt(1) == 'z')) {
      return reject(RejectReason.UNKNOWN_FORMAT, "this is a UPS tracking number (1Z...), not USPS");
    }
    return splitElements(s);
  }

  private static String trim(CharSequence raw) {
    int from = 0;
    int to = raw.length();
    while (from < to && isTrimmed(raw.charAt(from))) {
      from++;
    }
    while (to > from && isTrimmed(raw.charAt(to - 1))) {
      to--;
    }
    return raw.subSequence(from, to).toString();
  }

  private static boolean isTrimmed(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\u000B';
  }

  /** Collects the digits, noting where a GS separates the routing element from the number. */
  private ParseResult splitElements(String s) {
    StringBuilder digits = new StringBuilder(s.length());
    int gsAt = -1;
    int emptyLeadAt = -1;
    boolean separatorPending = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (emptyLeadAt >= 0) {
          return malformed(emptyLeadAt);
        }
        digits.append(c);
        separatorPending = false;
      } else if (c == GS) {
        if (separatorPending) {
          return nonDigit(s, i - 1);
        }
        boolean emptyNext = i + 1 < s.length() && s.charAt(i + 1) == GS;
        if (digits.isEmpty()) {
          // One leading FNC1 is how scanners start GS1 data; a second one opens an empty element,
          // known to be a fault only once digits follow (separators alone are just EMPTY).
          emptyLeadAt = emptyNext && emptyLeadAt < 0 ? i : emptyLeadAt;
          continue;
        }
        if (emptyNext) {
          return malformed(i);
        }
        if (gsAt >= 0 && i < s.length() - 1) {
          return reject(
              RejectReason.UNKNOWN_FORMAT,
              "barcode has more than two data elements; a USPS barcode has a routing ZIP and a"
                  + " tracking number");
        }
        gsAt = gsAt >= 0 ? gsAt : digits.length();
      } else if ((c == ' ' || c == '-') && i > 0 && isDigit(s.charAt(i - 1))) {
        separatorPending = true; // people type "9400 1118 ..."; must be followed by a digit
      } else if ((c == ' ' || c == '-') && separatorPending) {
        continue; // runs of spaces between groups
      } else {
        return nonDigit(s, i);
      }
    }
    if (separatorPending) {
      return nonDigit(s, s.length() - 1);
    }
    if (digits.isEmpty()) {
      return reject(RejectReason.EMPTY, "nothing but separators was scanned");
    }
    if (gsAt >= 0 && gsAt < digits.length()) {
      return withSeparatedPrefix(digits.substring(0, gsAt), digits.substring(gsAt));
    }
    return withoutSeparator(digits.toString());
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static Rejection nonDigit(String s, int i) {
    return reject(
        RejectReason.NON_DIGIT,
        "scan contains "
            + Digits.describe(s.charAt(i))
            + " at position "
            + (i + 1)
            + "; a tracking number is digits only");
  }

  /** Two separators in a row: repairing the element string would hide a faulty label. */
  private static Rejection malformed(int i) {
    return reject(
        RejectReason.MALFORMED_GS1,
        "barcode has an empty data element (two GS/FNC1 separators in a row at position "
            + (i + 1)
            + "); the label's barcode is malformed: type the tracking number and report the"
            + " label");
  }

  private ParseResult withSeparatedPrefix(String prefix, String number) {
    boolean routing =
        prefix.startsWith(ROUTING_AI) && (prefix.length() == 8 || prefix.length() == 12);
    if (!routing) {
      return reject(
          RejectReason.UNKNOWN_FORMAT,
          "first data element ("
              + Digits.printable(prefix)
              + ") is not a 420 routing ZIP; this is not a USPS package barcode");
    }
    return validate(number, new RoutingZip(prefix.substring(3)));
  }

  private ParseResult withoutSeparator(String d) {
    int n = d.length();
    if (n == 20 || n == 22 || n == 26 || !d.startsWith(ROUTING_AI) || n <= 8) {
      return validate(d, null);
    }
    ParseResult zip5 = isNumberLength(n - 8) ? validate(d.substring(8), zip(d, 8)) : null;
    ParseResult zip9 =
        n > 12 && isNumberLength(n - 12) ? validate(d.substring(12), zip(d, 12)) : null;
    if (zip5 instanceof ValidScan && zip9 instanceof ValidScan) {
      return reject(
          RejectReason.AMBIGUOUS_ROUTING,
          "420 routing prefix without a separator reads both as ZIP "
              + d.substring(3, 8)
              + " and as ZIP+4 "
              + d.substring(3, 8)
              + "-"
              + d.substring(8, 12)
              + "; scan the tracking number alone or type it");
    }
    if (zip5 instanceof ValidScan) {
      return zip5;
    }
    if (zip9 instanceof ValidScan) {
      return zip9;
    }
    if (zip5 == null || zip9 == null) {
      return zip5 != null ? zip5 : zip9 != null ? zip9 : wrongLength(n);
    }
    // Both readings fail: report the one whose format at least fits.
    return ((Rejection) zip9).reason() == RejectReason.UNKNOWN_FORMAT ? zip5 : zip9;
  }

  private static RoutingZip zip(String d, int end) {
    return new RoutingZip(d.substring(3, end));
  }

  private static boolean isNumberLength(int n) {
    return n == 20 || n == 22 || n == 26;
  }

  private static Rejection wrongLength(int n) {
    return reject(
        RejectReason.WRONG_LENGTH,
        "scanned "
            + n
            + " digits; a USPS tracking number has 20, 22 or 26 (after any 420+ZIP prefix)");
  }

  /** Validates a candidate number by its length, format and check digit. */
  private ParseResult validate(String d, RoutingZip zip) {
    return switch (d.length()) {
      case 22 -> impb(d, TrackingFormat.IMPB_22, zip);
      case 26 -> impb(d, TrackingFormat.IMPB_26, zip);
      case 20 -> legacy(d, zip);
      default -> wrongLength(d.length());
    };
  }

  private ParseResult impb(String d, TrackingFormat format, RoutingZip zip) {
    String channel = d.substring(0, 2);
    int ch = Integer.parseInt(channel);
    int lowest = format == TrackingFormat.IMPB_22 ? 91 : 92;
    if (ch < lowest || ch > 95) {
      return reject(RejectReason.UNKNOWN_FORMAT, unknownChannel(channel, format, lowest));
    }
    int midLength = d.charAt(5) == '9' ? 9 : 6;
    if ((ch == 92 && midLength != 9) || (ch == 93 && midLength != 6)) {
      return reject(
          RejectReason.UNKNOWN_FORMAT,
          "channel "
              + channel
              + " carries a "
              + (ch == 92 ? "9-digit Mailer ID starting with 9" : "6-digit Mailer ID starting 0-8")
              + "; this number does not");
    }
    ParseResult check = checkDigit(d, false);
    if (check != null) {
      return check;
    }
    String mid = d.substring(5, 5 + midLength);
    String serial = d.substring(5 + midLength, d.length() - 1);
    return new ValidScan(
        new TrackingNumber(d, format, channel, d.substring(2, 5), mid, serial), zip);
  }

  private static String unknownChannel(String channel, TrackingFormat format, int lowest) {
    String who =
        channel.equals("96") && format == TrackingFormat.IMPB_22
            ? " (a FedEx number)"
            : " (not a USPS channel)";
    return format.length()
        + "-digit number starts "
        + channel
        + who
        + "; USPS IMpb numbers start "
        + lowest
        + "-95";
  }

  private ParseResult legacy(String d, RoutingZip zip) {
    if (d.startsWith("00")) {
      return reject(
          RejectReason.UNKNOWN_FORMAT,
          "20-digit number starting 00 is an SSCC carton code, not a USPS tracking number");
    }
    ParseResult check = checkDigit(d, true);
    if (check != null) {
      return check;
    }
    return new ValidScan(
        new TrackingNumber(
            d,
            TrackingFormat.LEGACY_20,
            null,
            d.substring(0, 2),
            d.substring(2, 11),
            d.substring(11, 19)),
        zip);
  }

  /** Null when the check digit matches; some legacy numbers compute it with "91" in front. */
  private static ParseResult checkDigit(String d, boolean also91) {
    int scanned = d.charAt(d.length() - 1) - '0';
    int expected = Mod10.checkDigit(d, 0, d.length() - 1);
    if (expected == scanned) {
      return null;
    }
    if (also91 && Mod10.checkDigit("91" + d.substring(0, d.length() - 1)) == scanned) {
      return null;
    }
    return reject(
        RejectReason.BAD_CHECK_DIGIT, "check digit should be " + expected + ", scanned " + scanned);
  }

  private static Rejection reject(RejectReason reason, String message) {
    return new Rejection(reason, message);
  }
}
