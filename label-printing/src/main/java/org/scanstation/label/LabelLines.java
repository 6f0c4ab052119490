package org.scanstation.label;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The text lines of a label's blocks, cleaned and fitted to their width. */
final class LabelLines {
  private static final BigDecimal OUNCES_PER_POUND = BigDecimal.valueOf(16);
  static final String CERTIFIED_BANNER = "USPS CERTIFIED MAIL";
  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/uuuu");

  private LabelLines() {}

  /**
   * An address in at most {@code maxLines} lines: name, street lines, then {@code CITY ST ZIP}. The
   * name and street lines wrap while there is room for the lines after them; the city line is cut
   * before its state and ZIP, so those stay readable.
   */
  static List<String> address(Address a, TextFitter fit, int maxLines) {
    List<String> fields = new ArrayList<>();
    for (String part : List.of(a.name(), a.street1(), a.street2())) {
      String s = LabelText.upper(part);
      if (!s.isEmpty()) {
        fields.add(s);
      }
    }
    String city = LabelText.upper(a.city());
    String tail = String.join(" ", nonEmpty(LabelText.upper(a.state()), LabelText.upper(a.zip())));
    boolean cityLine = !city.isEmpty() || !tail.isEmpty();
    int budget = maxLines - (cityLine ? 1 : 0);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < fields.size() && lines.size() < budget; i++) {
      int later = fields.size() - i - 1;
      int allowed = Math.max(1, budget - lines.size() - later);
      lines.addAll(fit.wrap(fields.get(i), allowed));
    }
    if (cityLine) {
      lines.add(
          city.isEmpty() || tail.isEmpty()
              ? fit.shorten(city + tail)
              : fit.shortenKeepingTail(city, " " + tail));
    }
    return lines;
  }

  /**
   * The service banner: {@code USPS CERTIFIED MAIL} on a Certified Mail piece, else the mail
   * class's own. Publication 199's banner table gives that text for Certified Mail as we recall it;
   * it is also what the issue asks for, and it was not checked against the guide's current edition.
   */
  static String banner(ShippingLabel label) {
    return label.extraServices().stream().anyMatch(ExtraService::certified)
        ? CERTIFIED_BANNER
        : label.service().banner();
  }

  /**
   * The extra services' marks on one line, e.g. {@code RESTRICTED DELIVERY / RETURN RECEIPT ...}.
   */
  static String marks(ShippingLabel label) {
    return label.extraServices().stream()
        .map(ExtraService::mark)
        .filter(m -> !m.isEmpty())
        .collect(Collectors.joining(" / "));
  }

  /** The postage area: ship date, weight and origin ZIP, each when known. */
  static List<String> postage(ShippingLabel label, TextFitter fit) {
    LabelReferences r = label.references();
    List<String> lines = new ArrayList<>();
    if (r.shipDate() != null) {
      lines.add("SHIP DATE " + US_DATE.format(r.shipDate()));
    }
    if (r.weightOz() != null) {
      lines.add("WEIGHT " + weight(r.weightOz()));
    }
    String origin = label.from() == null ? "" : LabelText.upper(label.from().zip());
    if (!origin.isEmpty()) {
      lines.add("FROM ZIP " + origin);
    }
    return lines.stream().map(fit::shorten).toList();
  }

  /** The references in small type: order, station and operator, each when known. */
  static List<String> references(LabelReferences r, TextFitter fit) {
    List<String> lines = new ArrayList<>();
    addIfPresent(lines, "ORDER ", r.orderId());
    addIfPresent(lines, "STATION ", r.stationId());
    addIfPresent(lines, "OPERATOR ", r.operatorId());
    return lines.stream().map(fit::shorten).toList();
  }

  /** {@code 1 LB 4.5 OZ}, or {@code 12 OZ} under a pound; ounces to two decimals at most. */
  static String weight(BigDecimal ounces) {
    BigDecimal oz = ounces.setScale(2, RoundingMode.HALF_UP);
    BigDecimal[] lbAndOz = oz.divideAndRemainder(OUNCES_PER_POUND);
    String rest = plain(lbAndOz[1]) + " OZ";
    return lbAndOz[0].signum() == 0 ? rest : plain(lbAndOz[0]) + " LB " + rest;
  }

  private static String plain(BigDecimal d) {
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }

  private static void addIfPresent(List<String> lines, String label, String value) {
    String v = LabelText.clean(value);
    if (!v.isEmpty()) {
      lines.add(label + v);
    }
  }

  private static List<String> nonEmpty(String... parts) {
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }
}
