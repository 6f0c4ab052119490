package org.scanstation.label;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One 4x6 in USPS shipping label: everything a renderer needs, and nothing about how it is drawn.
 * The same value always renders to the same bytes, so the station can store the printer bytes and
 * re-render previews later. Immutable and thread-safe.
 *
 * <p>The label checks shape only: the tracking number and routing ZIP must be ASCII digits (a
 * barcode cannot carry anything else), but USPS check digits are not verified here.
 *
 * @param service the USPS service: icon and banner
 * @param trackingNumber the tracking number's digits, e.g. {@code 9400111899223197428497}
 * @param routingZip the destination ZIP carried after GS1 AI 420: 5 or 9 digits, no dash
 * @param from return address, or null to print none
 * @param to delivery address, or null to print only the routing ZIP
 * @param references order, weight, date, station and operator; {@link LabelReferences#NONE} when
 *     given null
 * @param extraServices Certified Mail and Return Receipt, sorted by code, each once; none when
 *     given null
 */
public record ShippingLabel(
    MailService service,
    String trackingNumber,
    String routingZip,
    Address from,
    Address to,
    LabelReferences references,
    List<ExtraService> extraServices) {

  /** A GS1-128 symbol carries at most 48 data characters, AI 420 and the ZIP included. */
  private static final int GS1_128_MAX_DATA = 48;

  /**
   * Checks the shape of the barcode data.
   *
   * @throws LabelException when the tracking number or ZIP has a character other than ASCII 0-9,
   *     the ZIP is not 5 or 9 digits, the tracking number is empty or too long for GS1-128, or the
   *     extra services do not go together on this service ({@link ExtraService#problems})
   */
  public ShippingLabel {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    if (routingZip != null) {
      requireDigits("routing ZIP", routingZip);
      if (routingZip.length() != 5 && routingZip.length() != 9) {
        throw new LabelException(
            "routing ZIP must be 5 or 9 digits (ZIP+4 without the dash), got "
                + routingZip.length());
      }
    }
    requireDigits("tracking number", trackingNumber);
    int max = GS1_128_MAX_DATA - (routingZip == null ? 0 : 3 + routingZip.length());
    if (trackingNumber.length() > max) {
      throw new LabelException(
          "tracking number has "
              + trackingNumber.length()
              + " digits; with a "
              + routingZip.length()
              + "-digit routing ZIP a GS1-128 barcode carries at most "
              + max);
    }
    references = references == null ? LabelReferences.NONE : references;
    // A stored model from before extra services has no such field: it reads as none.
    extraServices = extraServices == null ? List.of() : sorted(extraServices);
    List<String> problems = ExtraService.problems(service, extraServices);
    if (!problems.isEmpty()) {
      throw new LabelException(String.join("; ", problems));
    }
  }

  /** A label without extra services. */
  public ShippingLabel(
      MailService service,
      String trackingNumber,
      String routingZip,
      Address from,
      Address to,
      LabelReferences references) {
    this(service, trackingNumber, routingZip, from, to, references, null);
  }

  /** A label with no addresses and no references. */
  public static ShippingLabel of(MailService service, String trackingNumber, String routingZip) {
    return new ShippingLabel(service, trackingNumber, routingZip, null, null, null);
  }

  /** This label with another return address (null for none). */
  public ShippingLabel withFrom(Address from) {
    return new ShippingLabel(
        service, trackingNumber, routingZip, from, to, references, extraServices);
  }

  /** This label with another delivery address (null for none). */
  public ShippingLabel withTo(Address to) {
    return new ShippingLabel(
        service, trackingNumber, routingZip, from, to, references, extraServices);
  }

  /** This label with other references. */
  public ShippingLabel withReferences(LabelReferences references) {
    return new ShippingLabel(
        service, trackingNumber, routingZip, from, to, references, extraServices);
  }

  /**
   * This label routed by the 5-digit ZIP only. A 26-digit tracking number with a ZIP+4 makes a
   * barcode too wide for 4 in at 203 dpi; routing by ZIP5 is the usual way out.
   */
  public ShippingLabel withZip5Routing() {
    return routingZip == null || routingZip.length() == 5
        ? this
        : new ShippingLabel(
            service,
            trackingNumber,
            routingZip.substring(0, 5),
            from,
            to,
            references,
            extraServices);
  }

  /**
   * This label with other extra services (empty for none).
   *
   * @throws LabelException when they do not go together on this label's service
   */
  public ShippingLabel withExtraServices(Collection<ExtraService> extras) {
    return new ShippingLabel(
        service, trackingNumber, routingZip, from, to, references, List.copyOf(extras));
  }

  private static List<ExtraService> sorted(List<ExtraService> extras) {
    if (extras.stream().anyMatch(Objects::isNull)) {
      throw new LabelException("extra services hold a null: leave it out");
    }
    return extras.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(extras));
  }

  private static void requireDigits(String what, String value) {
    if (value.isEmpty()) {
      throw new LabelException(what + " is empty");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        throw new LabelException(
            what
                + " must be ASCII digits 0-9 only, found "
                + String.format(Locale.ROOT, "U+%04X", (int) c)
                + " at position "
                + (i + 1));
      }
    }
  }
}
