package org.scanstation.station.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.scanstation.label.ExtraService;
import org.scanstation.label.LabelException;
import org.scanstation.label.MailService;
import org.scanstation.paperwork.AccountablePiece;
import org.scanstation.paperwork.FirmSheet;
import org.scanstation.paperwork.HandOffManifest;
import org.scanstation.paperwork.ManifestPiece;
import org.scanstation.paperwork.PaperSize;
import org.scanstation.paperwork.Paperwork;
import org.scanstation.station.StationException;
import org.scanstation.station.api.ManifestSummary;
import org.scanstation.station.api.ManifestView;
import org.scanstation.station.config.Setting;
import org.scanstation.station.config.StationConfig;

/**
 * A closed manifest on paper: the hand-off manifest (every piece) and the PS Form 3877-style firm
 * sheet (only its accountable pieces: Certified Mail, or Priority Mail Express). Times print in the
 * station's zone. Pure and thread-safe; the same manifest always gives the same bytes.
 */
public final class ManifestDocuments {
  private static final DateTimeFormatter ACCEPTED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private final Mailer mailer;
  private final ZoneId zone;

  /** Documents from {@code mailer}, with times in {@code zone}. */
  public ManifestDocuments(Mailer mailer, ZoneId zone) {
    this.mailer = Objects.requireNonNull(mailer, "mailer");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /**
   * The documents as the station's configuration says: {@code mailer.name}, {@code mailer.address}
   * and {@code station.time-zone}. The one way the commands and the running station make them, so
   * both print the same paper.
   */
  public static ManifestDocuments of(StationConfig config) {
    return new ManifestDocuments(
        Mailer.of(config), config.as(Setting.STATION_TIME_ZONE, ZoneId.class));
  }

  /** The paper named {@code letter} or {@code a4}, in any case; empty for any other text. */
  public static Optional<PaperSize> paperNamed(String name) {
    return switch (name == null ? "" : name.toLowerCase(Locale.ROOT)) {
      case "letter" -> Optional.of(PaperSize.LETTER);
      case "a4" -> Optional.of(PaperSize.A4);
      default -> Optional.empty();
    };
  }

  /** How many of the manifest's pieces a firm sheet lists; none means it needs no firm sheet. */
  public static int accountablePieces(ManifestView view) {
    return accountable(view).size();
  }

  /**
   * The hand-off manifest PDF: the driver's or clerk's copy to sign.
   *
   * @param receiptKeyFingerprint the fingerprint of the key that signs this station's receipts, so
   *     a receipt can be matched to the stamped manifest; null prints none
   */
  public byte[] handOff(ManifestView view, PaperSize paper, String receiptKeyFingerprint) {
    ManifestSummary m = view.manifest();
    List<ManifestPiece> pieces = new ArrayList<>();
    for (org.scanstation.station.api.ManifestPiece p : view.pieces()) {
      pieces.add(
          new ManifestPiece(
              p.trackingNumber(),
              serviceName(p.service()),
              p.destinationZip() == null ? "" : p.destinationZip(),
              ACCEPTED.format(Instant.parse(p.acceptedAt()).atZone(zone))));
    }
    HandOffManifest doc =
        new HandOffManifest(
            mailer.name().isEmpty() ? m.station() : mailer.name(),
            facilityLines(m),
            m.station(),
            LocalDate.parse(m.date()),
            m.id(),
            m.root(),
            Optional.ofNullable(receiptKeyFingerprint),
            pieces);
    return Paperwork.handOffManifest(doc, paper);
  }

  /**
   * The firm sheet PDF of the manifest's accountable pieces, several sheets when they do not fit.
   *
   * @throws StationException when the mailer is not configured (every sheet names the sender) or
   *     the manifest holds no accountable piece
   */
  public byte[] firmSheet(ManifestView view, PaperSize paper) {
    if (!mailer.complete()) {
      throw new StationException(
          "a firm sheet names the sender on every sheet: set mailer.name and mailer.address"
              + " (address lines separated by '|') in the configuration");
    }
    List<AccountablePiece> pieces = accountable(view);
    if (pieces.isEmpty()) {
      throw new StationException(
          "manifest "
              + view.manifest().id()
              + " holds no accountable piece (Certified Mail or Priority Mail Express): it needs"
              + " no firm sheet");
    }
    ManifestSummary m = view.manifest();
    FirmSheet sheet =
        new FirmSheet(
            mailer.name(),
            mailer.address(),
            LocalDate.parse(m.date()),
            m.originZip() == null ? "" : m.originZip(),
            m.id(),
            pieces);
    return Paperwork.firmSheet(sheet, paper);
  }

  /** The pieces a firm sheet lists, in the manifest's order (the sheet sorts them itself). */
  static List<AccountablePiece> accountable(ManifestView view) {
    List<AccountablePiece> out = new ArrayList<>();
    for (org.scanstation.station.api.ManifestPiece p : view.pieces()) {
      Optional<MailService> service =
          p.service() == null ? Optional.empty() : MailService.fromId(p.service());
      List<ExtraService> extras = extras(p);
      if (service.isPresent() && ExtraService.accountable(service.get(), extras)) {
        out.add(
            AccountablePiece.unpriced(
                p.trackingNumber(),
                p.toName() == null ? "" : p.toName(),
                addressLines(p),
                serviceName(p.service()),
                columns(extras)));
      }
    }
    return out;
  }

  private static List<ExtraService> extras(org.scanstation.station.api.ManifestPiece p) {
    try {
      return p.extraServices() == null ? List.of() : ExtraService.parseList(p.extraServices());
    } catch (LabelException e) {
      throw new StationException(
          "piece "
              + p.trackingNumber()
              + " of the manifest has stored extra services that this"
              + " version does not know: "
              + e.getMessage(),
          e);
    }
  }

  /** The firm sheet's fee columns for the extra services a piece has. */
  static Set<org.scanstation.paperwork.ExtraService> columns(List<ExtraService> extras) {
    Set<org.scanstation.paperwork.ExtraService> out =
        EnumSet.noneOf(org.scanstation.paperwork.ExtraService.class);
    for (ExtraService e : extras) {
      switch (e) {
        case CERTIFIED -> out.add(org.scanstation.paperwork.ExtraService.CERTIFIED_MAIL);
        case CERTIFIED_RESTRICTED_DELIVERY -> {
          out.add(org.scanstation.paperwork.ExtraService.CERTIFIED_MAIL);
          out.add(org.scanstation.paperwork.ExtraService.RESTRICTED_DELIVERY);
        }
        case CERTIFIED_ADULT_SIGNATURE -> {
          out.add(org.scanstation.paperwork.ExtraService.CERTIFIED_MAIL);
          out.add(org.scanstation.paperwork.ExtraService.ADULT_SIGNATURE);
        }
        case CERTIFIED_ADULT_SIGNATURE_RESTRICTED_DELIVERY -> {
          out.add(org.scanstation.paperwork.ExtraService.CERTIFIED_MAIL);
          out.add(org.scanstation.paperwork.ExtraService.ADULT_SIGNATURE_RESTRICTED_DELIVERY);
        }
        case RETURN_RECEIPT -> out.add(org.scanstation.paperwork.ExtraService.RETURN_RECEIPT);
        case RETURN_RECEIPT_ELECTRONIC ->
            out.add(org.scanstation.paperwork.ExtraService.RETURN_RECEIPT_ELECTRONIC);
      }
    }
    return out;
  }

  private static List<String> addressLines(org.scanstation.station.api.ManifestPiece p) {
    List<String> lines = new ArrayList<>();
    if (p.toStreet1() != null) {
      lines.add(p.toStreet1());
    }
    if (p.toStreet2() != null && !p.toStreet2().isBlank()) {
      lines.add(p.toStreet2());
    }
    String city = p.toCity() == null ? "" : p.toCity();
    String state = p.toState() == null ? "" : p.toState();
    String zip = p.destinationZip() == null ? "" : p.destinationZip();
    lines.add((city + ", " + state + " " + zip).strip());
    return lines;
  }

  private List<String> facilityLines(ManifestSummary m) {
    List<String> lines = new ArrayList<>(mailer.address());
    if (m.originZip() != null) {
      lines.add("Mailed from ZIP " + m.originZip());
    }
    return lines;
  }

  /** A service id as a person reads it: {@code priority-mail} is {@code Priority Mail}. */
  static String serviceName(String serviceId) {
    if (serviceId == null) {
      return "Unknown service";
    }
    return MailService.fromId(serviceId)
        .map(s -> titleCase(s.banner().replaceFirst("^USPS ", "")))
        .orElse(serviceId);
  }

  private static String titleCase(String upper) {
    StringBuilder b = new StringBuilder(upper.length());
    boolean start = true;
    for (char c : upper.toCharArray()) {
      b.append(start ? c : Character.toLowerCase(c));
      start = c == ' ' || c == '-';
    }
    return b.toString();
  }
}
