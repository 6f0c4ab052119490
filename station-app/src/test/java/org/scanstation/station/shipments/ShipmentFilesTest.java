package org.scanstation.station.shipments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
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

  private static final String HEADER =
      "tracking_number,order_id,service,to_name,to_street1,to_city,to_state,to_zip\n";

  private void readBytes(String name, byte[] content) throws Exception {
    Path f = dir.resolve(name);
    Files.write(f, content);
    ShipmentFiles.read(f, rows::add, bad::add);
  }

  private static byte[] bytes(Object... parts) {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    for (Object p : parts) {
      byte[] more = p instanceof byte[] raw ? raw : p.toString().getBytes(StandardCharsets.UTF_8);
      b.writeBytes(more);
    }
    return b.toByteArray();
  }

  private static String row(int i) {
    return "9400111899223197428497,A-" + i + ",priority-mail,Ada,1 Main St,New York,NY,10001\n";
  }

  @Test
  void aByteThatIsNotUtf8CostsOnlyItsLineWhichIsNamedWithItsColumn() throws Exception {
    byte[] ff = {(byte) 0xFF};
    String before = "9400111899223197428497,A-7,priority-mail,Ad";
    readBytes(
        "orders.csv",
        bytes(
            HEADER,
            row(2),
            row(3),
            row(4),
            row(5),
            row(6),
            before,
            ff,
            "a,1 Main St,New York,NY," + "10001\n",
            row(8),
            "9400111899223197428497,A-9,priority-mail,Zo\u00eb,2 Elm," + "Boston,MA,02110\n"));
    assertThat(rows).extracting(ShipmentRecord::line).containsExactly(2L, 3L, 4L, 5L, 6L, 8L, 9L);
    assertThat(rows.get(6).toName()).isEqualTo("Zo\u00eb");
    assertThat(bad)
        .singleElement()
        .isEqualTo(
            new ShipmentFiles.Unreadable(
                7,
                (long) before.length() + 1,
                ShipmentFiles.INVALID_UTF8,
                "not valid UTF-8 (byte 0xFF)"));
  }

  @Test
  void aBadByteInsideAQuotedFieldOverTwoLinesRefusesThatRecordOnly() throws Exception {
    readBytes(
        "orders.csv",
        bytes(
            HEADER,
            "9400111899223197428497,A-2,priority-mail,Ada,\"1 Main St\n",
            "Apt \"\"2\"\" ",
            new byte[] {(byte) 0xC3},
            "\",New York,NY,10001\n",
            row(4),
            "9400111899223197428497,A-5,priority-mail,Bo,\"2 Elm\nRear\",Boston,MA,02110\n",
            row(7)));
    assertThat(rows).extracting(ShipmentRecord::line).containsExactly(4L, 5L, 7L);
    assertThat(rows.get(1).toStreet1()).isEqualTo("2 Elm\nRear");
    assertThat(bad)
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.line()).isEqualTo(3);
              assertThat(u.column()).isEqualTo(11);
              assertThat(u.reason()).isEqualTo("not valid UTF-8 (byte 0xC3)");
            });
  }

  @Test
  void anOverLongLineIsRefusedByNumberWithoutBeingHeldAndTheNextLinesAreRead() throws Exception {
    readBytes(
        "orders.csv",
        bytes(HEADER, row(2), "x".repeat(5 * CsvRecords.MAX_RECORD_CHARS), "\n", row(4)));
    assertThat(rows).extracting(ShipmentRecord::line).containsExactly(2L, 4L);
    assertThat(bad)
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.line()).isEqualTo(3);
              assertThat(u.code()).isEqualTo(ShipmentFiles.TOO_LONG);
              assertThat(u.reason()).contains("65536 characters");
            });
  }

  @Test
  void aQuoteThatNeverClosesIsRefusedAtItsLine() throws Exception {
    read("orders.csv", HEADER + row(2) + "9400111899223197428497,A-3,\"priority-mail,Ada\n\n");
    assertThat(rows).extracting(ShipmentRecord::line).containsExactly(2L);
    assertThat(bad)
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.line()).isEqualTo(3);
              assertThat(u.reason()).contains("never closed");
            });
  }

  @Test
  void aQuoteInsideAPlainFieldIsTextAndDoesNotSwallowTheNextLines() throws Exception {
    read(
        "orders.csv",
        HEADER
            + "9400111899223197428497,A-2,priority-mail,Ada,Unit 5\" rear,New York,NY,10001\n"
            + row(3)
            + row(4));
    assertThat(bad).isEmpty();
    assertThat(rows).extracting(ShipmentRecord::line).containsExactly(2L, 3L, 4L);
    assertThat(rows.get(0).toStreet1()).isEqualTo("Unit 5\" rear");
  }

  @Test
  void aTruncatedCharacterAtTheEndOfTheFileIsReported() throws Exception {
    readBytes(
        "orders.csv",
        bytes(
            HEADER, row(2), "9400111899223197428497,A-3,", new byte[] {(byte) 0xE2, (byte) 0x82}));
    assertThat(rows).extracting(ShipmentRecord::line).containsExactly(2L);
    assertThat(bad).extracting(ShipmentFiles.Unreadable::line).containsExactly(3L);
  }

  @Test
  void aHeaderThatIsNotUtf8StopsTheImportNamingLineOne() {
    assertThatThrownBy(
            () ->
                readBytes("orders.csv", bytes("tracking", new byte[] {(byte) 0xFF}, "\n", row(2))))
        .isInstanceOf(StationException.class)
        .hasMessageContaining("orders.csv line 1")
        .hasMessageContaining("0xFF");
  }

  @Test
  void aJsonObjectWithABadByteIsRefusedWithWhereItIsAndTheOthersAreRead() throws Exception {
    readBytes(
        "orders.json",
        bytes(
            "[{\"order_id\":\"A-1\"},\n {\"order_id\":\"A-",
            new byte[] {(byte) 0xFE},
            "2\"}, {\"order_id\":\"A-3\"}]"));
    assertThat(rows).extracting(ShipmentRecord::orderId).containsExactly("A-1", "A-3");
    assertThat(bad)
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.line()).isEqualTo(2);
              assertThat(u.reason()).isEqualTo("not valid UTF-8 (byte 0xFE) at line 2 column 17");
            });
  }

  @Test
  void aJsonBadByteBetweenObjectsStopsTheReadNamingLineAndColumn() {
    assertThatThrownBy(
            () ->
                readBytes(
                    "orders.json",
                    bytes("[{\"order_id\":\"A-1\"},", new byte[] {(byte) 0xFF}, "{}]")))
        .isInstanceOf(StationException.class)
        .hasMessageContaining("orders.json line 1 column 21")
        .hasMessageContaining("0xFF");
  }

  @Test
  void aJsonValueBeyondTheBoundStopsTheReadInsteadOfFillingTheHeap() {
    assertThatThrownBy(
            () ->
                read(
                    "orders.json",
                    "[{\"order_id\":\"" + "x".repeat(2 * CsvRecords.MAX_RECORD_CHARS) + "\"}]"))
        .isInstanceOf(StationException.class)
        .hasMessageContaining("orders.json");
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
