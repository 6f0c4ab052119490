package org.scanstation.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ShippingLabelTest {

  @Test
  void refusesAnythingButAsciiDigitsInTheBarcodeData() {
    assertThatThrownBy(() -> ShippingLabel.of(MailService.PRIORITY_MAIL, "9400 1118", "20500"))
        .isInstanceOf(LabelException.class)
        .hasMessage("tracking number must be ASCII digits 0-9 only, found U+0020 at position 5");
    // Arabic-Indic digits pass Character.isDigit; a barcode cannot carry them.
    assertThatThrownBy(() -> ShippingLabel.of(MailService.PRIORITY_MAIL, "94\u0661\u0662", "20500"))
        .isInstanceOf(LabelException.class)
        .hasMessageContaining("U+0661");
    assertThatThrownBy(() -> ShippingLabel.of(MailService.PRIORITY_MAIL, Samples.GROUND, "2050A"))
        .isInstanceOf(LabelException.class)
        .hasMessageContaining("routing ZIP must be ASCII digits");
    assertThatThrownBy(
            () -> ShippingLabel.of(MailService.PRIORITY_MAIL, Samples.GROUND, "20500-0003"))
        .isInstanceOf(LabelException.class)
        .hasMessageContaining("routing ZIP must be ASCII digits");
    assertThatThrownBy(() -> ShippingLabel.of(MailService.PRIORITY_MAIL, Samples.GROUND, "2050"))
        .isInstanceOf(LabelException.class)
        .hasMessage("routing ZIP must be 5 or 9 digits (ZIP+4 without the dash), got 4");
    assertThatThrownBy(() -> ShippingLabel.of(MailService.PRIORITY_MAIL, "", "20500"))
        .isInstanceOf(LabelException.class)
        .hasMessage("tracking number is empty");
  }

  @Test
  void refusesTrackingNumbersLongerThanGs1128CanCarry() {
    assertThat(ShippingLabel.of(MailService.PRIORITY_MAIL, "1".repeat(36), Samples.ZIP9))
        .isNotNull();
    assertThatThrownBy(
            () -> ShippingLabel.of(MailService.PRIORITY_MAIL, "1".repeat(37), Samples.ZIP9))
        .isInstanceOf(LabelException.class)
        .hasMessageContaining("carries at most 36");
  }

  @Test
  void doesNotCheckUspsCheckDigitsThatIsTheStationsJob() {
    ShippingLabel label =
        ShippingLabel.of(MailService.PRIORITY_MAIL, "9400111899223197428490", "20500");
    assertThat(label.trackingNumber()).endsWith("0");
  }

  @Test
  void optionalPartsDefaultSensibly() {
    ShippingLabel label = ShippingLabel.of(MailService.GROUND_ADVANTAGE, Samples.GROUND, "20500");
    assertThat(label.from()).isNull();
    assertThat(label.to()).isNull();
    assertThat(label.references()).isEqualTo(LabelReferences.NONE);
    assertThat(new Address(null, null, null, null, null, null).isBlank()).isTrue();
    assertThat(new Address(null, null, null, null, null, null).name()).isEmpty();
  }

  @Test
  void zip5RoutingKeepsEverythingElse() {
    ShippingLabel label = Samples.full(MailService.PRIORITY_MAIL, Samples.ZIP9);
    ShippingLabel zip5 = label.withZip5Routing();
    assertThat(zip5.routingZip()).isEqualTo("20500");
    assertThat(zip5.to()).isEqualTo(label.to());
    assertThat(zip5.references()).isEqualTo(label.references());
  }

  @Test
  void refusesNegativeWeight() {
    assertThatThrownBy(() -> new LabelReferences(null, new BigDecimal("-1"), null, null, null))
        .isInstanceOf(LabelException.class)
        .hasMessageContaining("negative");
  }

  @Test
  void servicesHaveStableIdsLettersAndBanners() {
    assertThat(MailService.fromId("priority-mail")).contains(MailService.PRIORITY_MAIL);
    assertThat(MailService.fromId("priority-mail-express"))
        .contains(MailService.PRIORITY_MAIL_EXPRESS);
    assertThat(MailService.fromId("ground-advantage")).contains(MailService.GROUND_ADVANTAGE);
    assertThat(MailService.fromId("PRIORITY_MAIL")).isEmpty();
    assertThat(MailService.PRIORITY_MAIL.iconLetter()).isEqualTo("P");
    assertThat(MailService.PRIORITY_MAIL_EXPRESS.iconLetter()).isEqualTo("E");
    assertThat(MailService.GROUND_ADVANTAGE.iconLetter()).isEqualTo("G");
    assertThat(MailService.PRIORITY_MAIL_EXPRESS.banner()).isEqualTo("USPS PRIORITY MAIL EXPRESS");
  }
}
