package org.scanstation.station.shipments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.station.StationException;
import org.scanstation.station.api.ShipmentRecord;
import org.scanstation.station.domain.acceptance.Shipment;

class ShipmentFilesTest {
  @TempDir Path dir;
  private final List<ShipmentRecord> rows = new ArrayList<>();
  private final List<ShipmentFiles.Unreadable> bad = new ArrayList<>();

  private void read(String name, String content) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, content);
    ShipmentFiles.read(f, rows::add, bad::add);
  }

  @Test
  void readsCsvWithQuotesBomBlankLinesAndLineNumbers() throws Exception {
    read(
        "orders.csv",
        "\uFEFFtracking_number,order_id,service,to_name,to_street1,to_city,to_state,to_zip,weight_oz\n"
            + "9400111899223197428497,A-1,priority-mail,\"Lovelace, Ada\",\"1 Main St, Apt 2\",New York,NY,10001,12\n"
            + "\n"
            + "9400111899223197428497,A-2,priority-mail,Bob\n"
            + "9400111899223197428497,A-3,ground-advantage,Cy,2 Elm,Boston,MA,02110,\n");
    assertThat(rows).extracting(ShipmentRecord::line).containsExactly(2L, 5L);
    assertThat(rows.get(0).toName()).isEqualTo("Lovelace, Ada");
    assertThat(rows.get(0).toStreet1()).isEqualTo("1 Main St, Apt 2");
    assertThat(rows.get(0).weightOz()).isEqualTo("12");
    assertThat(rows.get(1).weightOz()).isNull();
    assertThat(bad)
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.line()).isEqualTo(4);
              assertThat(u.reason()).contains("4 columns").contains("9");
            });
  }

  @Test
  void readsAJsonArrayAndReportsUnreadableElements() throws Exception {
    read(
        "orders.json",
        "[{\"tracking_number\":\"9400111899223197428497\",\"order_id\":\"A-1\",\"weight_oz\":12,"
            + "\"extra\":\"ignored\"},{\"tracking_number\":{\"nested\":1}},{\"order_id\":\"A-3\"}]");
    assertThat(rows).extracting(ShipmentRecord::line).containsExactly(1L, 3L);
    assertThat(rows.get(0).weightOz()).isEqualTo("12");
    assertThat(bad).extracting(ShipmentFiles.Unreadable::line).containsExactly(2L);
  }

  @Test
  void refusesOtherFormatsAndBrokenFilesNamingTheFile() throws Exception {
    Path txt = dir.resolve("orders.txt");
    Files.writeString(txt, "x");
    assertThatThrownBy(() -> ShipmentFiles.read(txt, rows::add, bad::add))
        .isInstanceOf(StationException.class)
        .hasMessageContaining("orders.txt");
    assertThatThrownBy(() -> read("o.json", "{\"not\":\"an array\"}"))
        .isInstanceOf(StationException.class)
        .hasMessageContaining("array");
    assertThatThrownBy(() -> read("empty.csv", ""))
        .isInstanceOf(StationException.class)
        .hasMessageContaining("header");
  }

  @Test
  void theValidatorRefusesHostileAndIncompleteRows() {
    ShipmentValidator v = new ShipmentValidator();
    ShipmentRecord ok =
        new ShipmentRecord(
            2,
            "9400 1118 9922 3197 4284 97",
            "A-1",
            "Priority-Mail",
            "<script>alert(1)</script>",
            "1 Main ^XZ~JA St",
            null,
            "New York",
            "ny",
            "10001-1234",
            null,
            null,
            null,
            null,
            null,
            null);
    assertThat(ok)
        .satisfies(
            r -> {
              Shipment s = validOrFail(v, r);
              assertThat(s.trackingNumber()).isEqualTo("9400111899223197428497");
              assertThat(s.service()).isEqualTo("priority-mail");
              assertThat(s.to().name())
                  .isEqualTo("<script>alert(1)</script>"); // stored as text; escaped where shown
              assertThat(s.to().zip()).isEqualTo("10001-1234");
            });
    assertThatThrownBy(() -> v.validate(withName(ok, "Ada\u0000Lovelace")))
        .hasMessageContaining("control characters");
    assertThatThrownBy(() -> v.validate(withName(ok, "x".repeat(101))))
        .hasMessageContaining("at most 100");
    assertThatThrownBy(() -> v.validate(withName(ok, null)))
        .hasMessageContaining("to_name is required");
  }

  private static ShipmentRecord withName(ShipmentRecord r, String name) {
    return new ShipmentRecord(
        r.line(),
        r.trackingNumber(),
        r.orderId(),
        r.service(),
        name,
        r.toStreet1(),
        r.toStreet2(),
        r.toCity(),
        r.toState(),
        r.toZip(),
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static Shipment validOrFail(ShipmentValidator v, ShipmentRecord r) {
    try {
      return v.validate(r);
    } catch (ShipmentValidator.InvalidRow e) {
      throw new AssertionError(e.getMessage());
    }
  }
}
