package org.scanstation.station.shipments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.station.api.ImportSummary;
import org.scanstation.station.api.ShipmentRecord;
import org.scanstation.station.domain.acceptance.ExtraServiceCode;
import org.scanstation.station.domain.acceptance.Shipment;

/** The extra_services column: what it accepts, and the sentence for each row it refuses. */
class ExtraServicesImportTest {
  private static final String CHOICES =
      "910 certified, 911 certified-restricted-delivery, 912 certified-adult-signature, 913"
          + " certified-adult-signature-restricted-delivery, 955 return-receipt, 957"
          + " return-receipt-electronic";

  @TempDir Path dir;

  private static ShipmentRecord row(long line, String service, String extras) {
    return new ShipmentRecord(
        line,
        "9407111899223197428537",
        "L-" + line,
        service,
        "Ada",
        "1 Main St",
        null,
        "New York",
        "NY",
        "10001",
        null,
        null,
        null,
        null,
        null,
        null,
        extras);
  }

  private static Shipment good(ShipmentRecord r) {
    ShipmentImport.Checked c = ShipmentImport.check(List.of(r));
    assertThat(c.problems()).as("problems").isEmpty();
    return c.good().get(0);
  }

  private static String refused(ShipmentRecord r) {
    ShipmentImport.Checked c = ShipmentImport.check(List.of(r));
    assertThat(c.good()).isEmpty();
    ImportSummary.Problem p = c.problems().get(0);
    assertThat(p.code()).isEqualTo(ShipmentImport.INVALID_FIELD);
    assertThat(p.line()).isEqualTo(r.line());
    return p.reason();
  }

  @Test
  void codesAndNamesInAnyCaseAreTheSameAndComeOutSortedWithTheirNames() {
    Shipment byCodes = good(row(2, "first-class-mail", "955;910"));
    Shipment byNames = good(row(3, "First-Class-Mail", " CERTIFIED ; return-receipt ;"));
    assertThat(byCodes.extraServices())
        .containsExactly(
            new ExtraServiceCode("910", "certified"),
            new ExtraServiceCode("955", "return-receipt"));
    assertThat(byNames.extraServices()).isEqualTo(byCodes.extraServices());
    assertThat(byCodes.extraServiceCodes()).isEqualTo("910;955");
    assertThat(byNames.service()).isEqualTo("first-class-mail");
  }

  @Test
  void aBlankOrMissingColumnIsNoExtraServices() {
    assertThat(good(row(2, "priority-mail", null)).extraServices()).isEmpty();
    assertThat(good(row(2, "priority-mail", " ; ")).extraServices()).isEmpty();
  }

  @Test
  void anUnknownTokenIsNamedWithTheChoices() {
    assertThat(refused(row(7, "priority-mail", "910;registered")))
        .isEqualTo(
            "extra_services: 'registered' is not an extra service; use codes or names separated"
                + " by ';': "
                + CHOICES);
  }

  @Test
  void twoKindsOfCertifiedMailAreRefused() {
    assertThat(refused(row(4, "priority-mail", "910;certified-adult-signature")))
        .isEqualTo(
            "extra_services: Certified Mail 910 and 912 cannot go together: a piece has one kind"
                + " of Certified Mail, choose one of 910, 911, 912, 913");
  }

  @Test
  void bothReturnReceiptsAreRefused() {
    assertThat(refused(row(4, "priority-mail", "910;955;957")))
        .isEqualTo(
            "extra_services: return receipt 955 and 957 cannot go together: choose hardcopy"
                + " (955) or electronic (957)");
  }

  @Test
  void aReturnReceiptWithoutAccountableMailIsRefused() {
    assertThat(refused(row(5, "ground-advantage", "return-receipt")))
        .isEqualTo(
            "extra_services: return receipt (955) needs accountable mail: add Certified Mail"
                + " (910-913) or ship priority-mail-express");
    assertThat(good(row(5, "priority-mail-express", "955")).extraServiceCodes()).isEqualTo("955");
  }

  @Test
  void certifiedMailOnPriorityMailExpressIsRefused() {
    assertThat(refused(row(6, "priority-mail-express", "911")))
        .isEqualTo(
            "extra_services: Certified Mail (911) is not sold with priority-mail-express; use"
                + " first-class-mail, priority-mail or ground-advantage");
  }

  @Test
  void controlCharactersAndOverlongValuesAreRefusedLikeAnyField() {
    assertThat(refused(row(8, "priority-mail", "910\u0000")))
        .isEqualTo("extra_services contains control characters");
    assertThat(refused(row(9, "priority-mail", "910;".repeat(60))))
        .isEqualTo("extra_services is 240 characters; at most 200");
  }

  @Test
  void theCsvAndJsonColumnReachTheRowByItsImportName() throws Exception {
    Path csv = dir.resolve("orders.csv");
    Files.writeString(
        csv,
        "tracking_number,order_id,service,to_name,to_street1,to_city,to_state,to_zip,"
            + "Extra_Services\n"
            + "9407111899223197428537,L-1,first-class-mail,Ada,1 Main St,New York,NY,10001,"
            + "910;955\n");
    Path json = dir.resolve("orders.json");
    Files.writeString(
        json, "[{\"tracking_number\":\"9407111899223197428537\",\"extra_services\":\"911\"}]");
    List<ShipmentRecord> rows = new ArrayList<>();
    List<ShipmentFiles.Unreadable> bad = new ArrayList<>();
    ShipmentFiles.read(csv, rows::add, bad::add);
    ShipmentFiles.read(json, rows::add, bad::add);
    assertThat(bad).isEmpty();
    assertThat(rows).extracting(ShipmentRecord::extraServices).containsExactly("910;955", "911");
  }
}
