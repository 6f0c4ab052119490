package org.scanstation.label;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Labels the tests render: valid USPS numbers (check digits right), ordinary and hostile text. */
final class Samples {
  static final String GROUND = "9400111899223197428497";
  static final String PRIORITY = "9405511899223197428506";
  static final String EXPRESS = "9470111899223197428519";
  static final String FIRST_CLASS = "9407111899223197428520";
  static final String CERTIFIED = "9407111899223197428537";
  static final String LONG_26 = "92055912345678000000123451";
  static final String ZIP5 = "20500";
  static final String ZIP9 = "205000003";

  static final Address FROM =
      new Address("Acme Fulfillment", "100 Warehouse Rd", "", "Secaucus", "NJ", "07094");
  static final Address TO =
      new Address(
          "Jane Q. Public", "1600 Pennsylvania Ave NW", "Apt 2B", "Washington", "DC", "20500-0003");
  static final LabelReferences REFS =
      new LabelReferences(
          "ORD-10042", new BigDecimal("20"), LocalDate.of(2026, 11, 24), "ST-01", "op-7");

  static final Address LONG_TO =
      new Address(
          "Maximiliana Evangelina Fitzgerald-Montgomery of Very Long Names International Holdings",
          "12345 North Southwestern Extraordinarily Long Boulevard Extension Building C",
          "Suite 4500 Attention Receiving Department Dock 17 Door 3 Rear Entrance",
          "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch",
          "PA",
          "19103-1234");
  static final Address LONG_FROM =
      new Address(
          "Ümlaut Ärger Straße Großhändler & Söhne Gesellschaft mit beschränkter Haftung",
          "Unit 9999 The Very Long Industrial Estate Road That Never Seems To End At All",
          "Building 12 Floor 3 Loading Bay 7",
          "Rancho Santa Margarita",
          "CA",
          "92688");

  /** Text that would end, alter or reset a ZPL format if it reached the printer as it is. */
  static final Address HOSTILE =
      new Address(
          "^XZ^XA^FO0,0^GB812,1218,812^FS",
          "~JA~JR~PS cancel all",
          "_5E_7E \\& \\\\ ^FH^FD",
          "Zo\u00eb\u0000\r\n^FS~",
          "^A",
          "~HS");

  static final LabelReferences HOSTILE_REFS =
      new LabelReferences("^XZ~JA", BigDecimal.ONE, null, "~JR", "^PQ99");

  private Samples() {}

  static String trackingFor(MailService service) {
    return switch (service) {
      case PRIORITY_MAIL -> PRIORITY;
      case PRIORITY_MAIL_EXPRESS -> EXPRESS;
      case GROUND_ADVANTAGE -> GROUND;
      case FIRST_CLASS_MAIL -> FIRST_CLASS;
    };
  }

  /** A complete label: both addresses and every reference. */
  static ShippingLabel full(MailService service, String zip) {
    return ShippingLabel.of(service, trackingFor(service), zip)
        .withFrom(FROM)
        .withTo(TO)
        .withReferences(REFS);
  }

  static ShippingLabel longText() {
    return ShippingLabel.of(MailService.PRIORITY_MAIL, PRIORITY, ZIP9)
        .withFrom(LONG_FROM)
        .withTo(LONG_TO)
        .withReferences(
            new LabelReferences(
                "ORDER-0000000000000000000000000000000000000000000042",
                new BigDecimal("1119.75"),
                LocalDate.of(2026, 12, 31),
                "STATION-WITH-A-RIDICULOUSLY-LONG-IDENTIFIER-0000000001",
                "operator.with.a.very.long.name@warehouse.example.com"));
  }

  static ShippingLabel hostile() {
    return ShippingLabel.of(MailService.GROUND_ADVANTAGE, GROUND, ZIP5)
        .withFrom(HOSTILE)
        .withTo(HOSTILE)
        .withReferences(HOSTILE_REFS);
  }

  /** Certified Mail on First-Class Mail with a hardcopy Return Receipt. */
  static ShippingLabel certifiedWithReturnReceipt() {
    return ShippingLabel.of(MailService.FIRST_CLASS_MAIL, CERTIFIED, ZIP5)
        .withFrom(FROM)
        .withTo(TO)
        .withReferences(REFS)
        .withExtraServices(List.of(ExtraService.RETURN_RECEIPT, ExtraService.CERTIFIED));
  }

  /** Certified Mail Restricted Delivery on Priority Mail, electronic Return Receipt, ZIP+4. */
  static ShippingLabel certifiedRestrictedDelivery() {
    return full(MailService.PRIORITY_MAIL, ZIP9)
        .withExtraServices(
            List.of(
                ExtraService.CERTIFIED_RESTRICTED_DELIVERY,
                ExtraService.RETURN_RECEIPT_ELECTRONIC));
  }

  /** The longest marks line there is, on a label of hostile text. */
  static ShippingLabel certifiedHostile() {
    return hostile()
        .withExtraServices(
            List.of(
                ExtraService.CERTIFIED_ADULT_SIGNATURE_RESTRICTED_DELIVERY,
                ExtraService.RETURN_RECEIPT_ELECTRONIC));
  }

  /** Every Certified Mail sample, by a name for test reports and golden files. */
  static List<Map.Entry<String, ShippingLabel>> certified() {
    return List.of(
        Map.entry("certified-return-receipt", certifiedWithReturnReceipt()),
        Map.entry("certified-restricted-delivery", certifiedRestrictedDelivery()),
        Map.entry("certified-hostile-text", certifiedHostile()));
  }
}
