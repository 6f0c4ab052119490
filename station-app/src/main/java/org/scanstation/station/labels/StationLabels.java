package org.scanstation.station.labels;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.scanstation.label.Address;
import org.scanstation.label.ExtraService;
import org.scanstation.label.LabelException;
import org.scanstation.label.LabelFormat;
import org.scanstation.label.LabelReferences;
import org.scanstation.label.LabelRenderer;
import org.scanstation.label.MailService;
import org.scanstation.label.PrintSettings;
import org.scanstation.label.ShippingLabel;
import org.scanstation.station.StationException;
import org.scanstation.station.acceptance.LabelArtifact;
import org.scanstation.station.acceptance.LabelMaker;
import org.scanstation.station.acceptance.LabelRequest;
import org.scanstation.station.domain.acceptance.ExtraServiceCode;
import org.scanstation.station.domain.acceptance.PostalAddress;
import org.scanstation.station.domain.acceptance.Shipment;
import tools.jackson.databind.json.JsonMapper;

/**
 * The station's labels: an accepted parcel's label model from its shipment, extra services included
 * (or, without one, a minimal label with the scan's routing ZIP), rendered as ZPL for the printer
 * and kept as JSON so previews can be rendered again exactly. Thread-safe.
 */
public final class StationLabels implements LabelMaker {
  /** Service type codes whose service we know, for labels without an imported shipment. */
  private static final Map<String, MailService> BY_SERVICE_TYPE =
      Map.of(
          "001", MailService.GROUND_ADVANTAGE,
          "055", MailService.PRIORITY_MAIL,
          "701", MailService.PRIORITY_MAIL_EXPRESS);

  private final LabelRenderer zpl;
  private final MailService defaultService;

  /** Labels for a printer of {@code dpi}; {@code defaultService} when nothing says otherwise. */
  public StationLabels(int dpi, MailService defaultService) {
    this.zpl = LabelRenderer.zpl(dpi);
    this.defaultService = Objects.requireNonNull(defaultService, "defaultService");
  }

  @Override
  public LabelArtifact make(LabelRequest r) {
    ShippingLabel label = model(r);
    byte[] bytes;
    try {
      bytes = zpl.render(label);
    } catch (LabelException tooWide) {
      // ZIP+4 with a 26-digit number does not fit 4 in at 203 dpi: route by the 5-digit ZIP.
      label = label.withZip5Routing();
      bytes = zpl.render(label);
    }
    return new LabelArtifact(
        "ZPL", zpl.dpi(), bytes, JsonMapper.shared().writeValueAsString(label));
  }

  private ShippingLabel model(LabelRequest r) {
    Shipment s = r.shipment();
    MailService service =
        s != null
            ? MailService.fromId(s.service()).orElse(defaultService)
            : BY_SERVICE_TYPE.getOrDefault(r.trackingNumber().serviceTypeCode(), defaultService);
    LabelReferences refs =
        new LabelReferences(
            s == null ? null : s.orderId(),
            s == null || s.weightOz() == null ? null : BigDecimal.valueOf(s.weightOz()),
            r.acceptedAt().atZone(ZoneOffset.UTC).toLocalDate(),
            r.stationId(),
            r.operatorId());
    return new ShippingLabel(
        service,
        r.trackingNumber().digits(),
        r.routingZip() == null ? null : r.routingZip().digits(),
        s == null ? null : address(s.from()),
        s == null ? null : address(s.to()),
        refs,
        s == null ? List.of() : extras(s.extraServices()));
  }

  private static List<ExtraService> extras(List<ExtraServiceCode> codes) {
    return codes.stream()
        .map(
            c ->
                ExtraService.fromToken(c.code())
                    .orElseThrow(
                        () -> new StationException("unknown extra-service code " + c.code())))
        .toList();
  }

  private static Address address(PostalAddress a) {
    return a == null
        ? null
        : new Address(a.name(), a.street1(), a.street2(), a.city(), a.state(), a.zip());
  }

  /**
   * Renders a stored label model again, e.g. as a PNG preview for the supervisor page.
   *
   * @throws StationException when the stored model cannot be read
   */
  public static byte[] render(String modelJson, LabelFormat format, int dpi) {
    return render(modelJson, format, dpi, PrintSettings.DEFAULT);
  }

  /**
   * Renders a stored label model again for a raster printer with its own darkness and speed (ZPL,
   * PNG and PDF ignore them).
   *
   * @throws StationException when the stored model cannot be read
   */
  public static byte[] render(
      String modelJson, LabelFormat format, int dpi, PrintSettings settings) {
    ShippingLabel label;
    try {
      label = JsonMapper.shared().readValue(modelJson, ShippingLabel.class);
    } catch (RuntimeException e) {
      throw new StationException("stored label model is unreadable: " + e.getMessage(), e);
    }
    return LabelRenderer.of(format, dpi, settings).render(label);
  }
}
