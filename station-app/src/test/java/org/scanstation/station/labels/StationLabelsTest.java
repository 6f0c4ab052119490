package org.scanstation.station.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scanstation.label.ExtraService;
import org.scanstation.label.LabelFormat;
import org.scanstation.label.MailService;
import org.scanstation.label.ShippingLabel;
import org.scanstation.station.StationException;
import org.scanstation.station.acceptance.LabelArtifact;
import org.scanstation.station.acceptance.LabelRequest;
import org.scanstation.station.domain.acceptance.ExtraServiceCode;
import org.scanstation.station.domain.acceptance.PostalAddress;
import org.scanstation.station.domain.acceptance.Shipment;
import org.scanstation.station.domain.tracking.Mod10;
import org.scanstation.station.domain.tracking.RoutingZip;
import org.scanstation.station.domain.tracking.TrackingNumber;
import org.scanstation.station.domain.tracking.TrackingNumberParser;
import org.scanstation.station.domain.tracking.ValidScan;
import tools.jackson.databind.json.JsonMapper;

class StationLabelsTest {
  private static final Instant AT = Instant.parse("2026-11-24T10:15:30Z");
  private final StationLabels labels = new StationLabels(203, MailService.GROUND_ADVANTAGE);

  private static TrackingNumber number(String digits) {
    return ((ValidScan) new TrackingNumberParser().parse(digits)).trackingNumber();
  }

  private static String zpl(LabelArtifact a) {
    return new String(a.bytes(), StandardCharsets.US_ASCII);
  }

  @Test
  void rendersTheShipmentsLabelAndStoresAModelThatRendersTheSameBytes() {
    Shipment s =
        new Shipment(
            "9400111899223197428497",
            "A-1",
            "priority-mail-express",
            new PostalAddress("Ada Lovelace", "1 Main St", null, "New York", "NY", "10001"),
            new PostalAddress("Shop", "2 Elm", null, "Boston", "MA", "02110"),
            12);
    LabelArtifact a =
        labels.make(
            new LabelRequest(
                number("9400111899223197428497"),
                RoutingZip.parse("10001"),
                s,
                "station-7",
                "ana",
                AT));
    assertThat(a.language()).isEqualTo("ZPL");
    assertThat(a.dpi()).isEqualTo(203);
    assertThat(zpl(a))
        .startsWith("^XA")
        .contains("USPS PRIORITY MAIL EXPRESS")
        .contains(">;>842010001>89400");
    assertThat(StationLabels.render(a.modelJson(), LabelFormat.ZPL, 203)).isEqualTo(a.bytes());
    assertThat(StationLabels.render(a.modelJson(), LabelFormat.PNG, 203))
        .startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void withoutAShipmentTheServiceComesFromTheNumberOrTheDefault() {
    LabelArtifact priority =
        labels.make(
            new LabelRequest(
                number("9405511899223197428490"), RoutingZip.parse("94043"), null, "s", "ana", AT));
    assertThat(zpl(priority)).contains("USPS PRIORITY MAIL").doesNotContain("EXPRESS");
    String unknownService = Mod10.withCheckDigit("940991189922319742849");
    LabelArtifact fallback =
        labels.make(new LabelRequest(number(unknownService), null, null, "s", "ana", AT));
    assertThat(zpl(fallback))
        .contains("USPS GROUND ADVANTAGE")
        .contains(">;>8" + unknownService.substring(0, 22));
  }

  @Test
  void routesByZip5WhenZipPlus4AndA26DigitNumberDoNotFitAt203Dpi() {
    String n26 = Mod10.withCheckDigit("9270190123456789012345678");
    LabelArtifact a =
        labels.make(
            new LabelRequest(number(n26), RoutingZip.parse("100011234"), null, "s", "ana", AT));
    assertThat(zpl(a)).contains(">842010001>8").doesNotContain("4201000112");
  }

  @Test
  void aCertifiedShipmentsLabelAndItsStoredModelCarryTheExtraServices() {
    Shipment s =
        new Shipment(
            "9407111899223197428537",
            "L-9",
            "first-class-mail",
            new PostalAddress("Ada Lovelace", "1 Main St", null, "New York", "NY", "10001"),
            null,
            2,
            List.of(
                new ExtraServiceCode("955", "return-receipt"),
                new ExtraServiceCode("911", "certified-restricted-delivery")));
    LabelArtifact a =
        labels.make(
            new LabelRequest(
                number("9407111899223197428537"), RoutingZip.parse("10001"), s, "s", "ana", AT));
    assertThat(zpl(a))
        .contains("^FDUSPS CERTIFIED MAIL^FS")
        .contains("RESTRICTED DELIVERY _2F RETURN RECEIPT REQUESTED");
    ShippingLabel model = JsonMapper.shared().readValue(a.modelJson(), ShippingLabel.class);
    assertThat(model.extraServices())
        .containsExactly(ExtraService.CERTIFIED_RESTRICTED_DELIVERY, ExtraService.RETURN_RECEIPT);
    assertThat(model.service()).isEqualTo(MailService.FIRST_CLASS_MAIL);
    assertThat(StationLabels.render(a.modelJson(), LabelFormat.ZPL, 203)).isEqualTo(a.bytes());
  }

  @Test
  void aModelStoredBeforeExtraServicesExistedStillRendersTheSameLabel() {
    // A model_json row as the station wrote it before extra services: no such field at all.
    String old =
        "{\"service\":\"PRIORITY_MAIL\",\"trackingNumber\":\"9405511899223197428490\","
            + "\"routingZip\":\"94043\",\"from\":null,\"to\":null,\"references\":"
            + "{\"orderId\":null,\"weightOz\":null,\"shipDate\":\"2026-11-24\","
            + "\"stationId\":\"s\",\"operatorId\":\"ana\"}}";
    LabelArtifact now =
        labels.make(
            new LabelRequest(
                number("9405511899223197428490"), RoutingZip.parse("94043"), null, "s", "ana", AT));
    assertThat(JsonMapper.shared().readValue(old, ShippingLabel.class).extraServices()).isEmpty();
    assertThat(StationLabels.render(old, LabelFormat.ZPL, 203)).isEqualTo(now.bytes());
    assertThat(now.modelJson()).contains("\"extraServices\":[]");
  }

  @Test
  void aStoredModelWithExtrasThatCannotGoTogetherIsAnErrorNamingThem() {
    String bad =
        "{\"service\":\"PRIORITY_MAIL_EXPRESS\",\"trackingNumber\":\"9470111899223197428519\","
            + "\"routingZip\":\"20500\",\"extraServices\":[\"CERTIFIED\"]}";
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> StationLabels.render(bad, LabelFormat.ZPL, 203))
        .isInstanceOf(StationException.class)
        .hasMessageContaining("stored label model is unreadable")
        .hasMessageContaining("not sold with priority-mail-express");
  }
}
