package org.scanstation.station.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelCommandTest {
  private static final String GROUND = "9400111899223197428497";
  private static final String LONG_26 = "92055912345678000000123451";

  @TempDir Path dir;

  private CliRun label(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "label";
    System.arraycopy(args, 0, all, 1, args.length);
    return CliRun.run(all);
  }

  @Test
  void writesZplCarryingTheValidatedNumberAndZip() throws Exception {
    Path out = dir.resolve("label.zpl");
    CliRun r =
        label(
            "--tracking",
            "9400 1118 9922 3197 4284 97",
            "--zip",
            "20500-0003",
            "--service",
            "ground-advantage",
            "--format",
            "zpl",
            "--out",
            out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("wrote " + out).contains("ZPL, 203 dpi");
    String zpl = Files.readString(out, StandardCharsets.US_ASCII);
    assertThat(zpl).startsWith("^XA").contains("^PW812", "^BY3,");
    assertThat(zpl).contains("^FD>;>8420205000003>8" + GROUND + "^FS");
    assertThat(zpl).contains("USPS GROUND ADVANTAGE", "20500_2D0003");
    assertThat(dir.resolve("label.zpl.tmp")).doesNotExist();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"tspl, 'SIZE 4,6\r\n', 'PRINT 1,1\r\n'", "epl, '\nN\nq812\n', 'P1\n'"})
  void writesTsplAndEplJobsForCheapPrinters(String format, String head, String tail)
      throws Exception {
    Path out = dir.resolve("label." + format);
    CliRun r =
        label(
            "--tracking",
            GROUND,
            "--zip",
            "20500",
            "--service",
            "ground-advantage",
            "--format",
            format.toUpperCase(java.util.Locale.ROOT),
            "--out",
            out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains(format.toUpperCase(java.util.Locale.ROOT) + ", 203 dpi");
    String job = Files.readString(out, StandardCharsets.ISO_8859_1);
    assertThat(job).startsWith(head.translateEscapes()).endsWith(tail.translateEscapes());
    assertThat(job).contains(format.equals("tspl") ? "BITMAP 0,0,102,1218,0," : "GW0,0,102,1218,");
    assertThat(LabelFiles.gs1Code128(LabelFiles.image(out)))
        .isEqualTo("]C142020500" + LabelFiles.GS + GROUND);
  }

  @ParameterizedTest(name = "{0} at {1} dpi")
  @CsvSource({
    "png, 203",
    "png, 300",
    "pdf, 203",
    "pdf, 300",
    "tspl, 203",
    "tspl, 300",
    "epl, 203",
    "epl, 300"
  })
  void imagesPdfsAndRasterPrinterJobsDecodeToTheLabelsData(String format, int dpi)
      throws Exception {
    Path out = dir.resolve("label." + format);
    CliRun r =
        label(
            "--tracking",
            GROUND,
            "--zip",
            "205000003",
            "--service",
            "priority-mail",
            "--format",
            format,
            "--dpi",
            String.valueOf(dpi),
            "--out",
            out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    BufferedImage image = LabelFiles.image(out);
    assertThat(LabelFiles.gs1Code128(image)).isEqualTo("]C1420205000003" + LabelFiles.GS + GROUND);
    Result dm = LabelFiles.dataMatrix(image);
    assertThat(dm.getText()).isEqualTo(LabelFiles.GS + "420205000003" + LabelFiles.GS + GROUND);
    assertThat(dm.getResultMetadata().get(ResultMetadataType.SYMBOLOGY_IDENTIFIER))
        .isEqualTo("]d2");
  }

  @Test
  void readsAShipmentFileWithTheImportsFieldNames() throws Exception {
    Path shipment = dir.resolve("shipment.json");
    Files.writeString(
        shipment,
        """
        {"tracking_number": "9400111899223197428497", "order_id": "ORD-10042",
         "service": "ground-advantage",
         "to_name": "Jane Q. Public", "to_street1": "1600 Pennsylvania Ave NW",
         "to_street2": "Apt 2B", "to_city": "Washington", "to_state": "DC", "to_zip": "20500-0003",
         "from_name": "Acme Fulfillment", "from_street1": "100 Warehouse Rd",
         "from_city": "Secaucus", "from_state": "NJ", "from_zip": "07094", "weight_oz": 20}
        """);
    CliRun r = label("--shipment", shipment.toString(), "--format", "zpl", "--out", "-");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("^FD>;>8420205000003>8" + GROUND + "^FS")
        .contains("JANE Q_2E PUBLIC", "APT 2B", "WASHINGTON DC 20500_2D0003")
        .contains("ACME FULFILLMENT", "SECAUCUS NJ 07094", "FROM ZIP 07094")
        .contains("WEIGHT 1 LB 4 OZ", "ORDER ORD_2D10042", "_1400ORD-10042^FS")
        .contains("USPS GROUND ADVANTAGE");

    CliRun overridden =
        label(
            "--shipment",
            shipment.toString(),
            "--service",
            "priority-mail-express",
            "--zip",
            "20500",
            "--to",
            "{\"name\":\"Someone Else\",\"zip\":\"20500\"}",
            "--station-id",
            "ST-01",
            "--operator",
            "op-7",
            "--ship-date",
            "2026-11-24",
            "--format",
            "zpl",
            "--out",
            "-");
    assertThat(overridden.exit()).as(overridden.err()).isZero();
    assertThat(overridden.out())
        .contains("USPS PRIORITY MAIL EXPRESS", "SOMEONE ELSE", "^FD>;>842020500>8")
        .contains("STATION ST_2D01", "OPERATOR op_2D7", "SHIP DATE 11_2F24_2F2026")
        .doesNotContain("JANE");
  }

  @Test
  void takesTheRoutingZipFromAScannedBarcode() {
    CliRun r =
        label(
            "--tracking",
            "420205000003\u001D" + GROUND,
            "--service",
            "priority-mail",
            "--format",
            "zpl",
            "--out",
            "-");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("^FD>;>8420205000003>8" + GROUND + "^FS");

    CliRun clash =
        label(
            "--tracking",
            "420205000003\u001D" + GROUND,
            "--zip",
            "10001",
            "--service",
            "priority-mail",
            "--format",
            "zpl",
            "--out",
            "-");
    assertThat(clash.exit()).isEqualTo(2);
    assertThat(clash.err()).contains("disagrees with the ZIP in the tracking number's 420 prefix");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--tracking 9400111899223197428490 --zip 20500 --service priority-mail"
            + "| --tracking: BAD_CHECK_DIGIT: check digit should be 7, scanned 0",
        "--tracking 94001118992231974284x7 --zip 20500 --service priority-mail"
            + "| --tracking: NON_DIGIT: scan contains 'x'",
        "--tracking 1Z999AA10123456784 --zip 20500 --service priority-mail"
            + "| --tracking: UNKNOWN_FORMAT: this is a UPS tracking number",
        "--tracking 9400111899223197428497 --zip 2050 --service priority-mail"
            + "| --zip: '2050' is not a ZIP: use 5 digits or ZIP+4 (12345-6789)",
        "--tracking 9400111899223197428497 --zip 20500 --service parcel-select"
            + "| 'parcel-select' is not a service; use one of priority-mail,"
            + " priority-mail-express, ground-advantage",
        "--tracking 9400111899223197428497 --service priority-mail"
            + "| Missing --zip (or to_zip in --shipment)",
        "--zip 20500 --service priority-mail"
            + "| Missing --tracking (or tracking_number in --shipment)",
        "--tracking 9400111899223197428497 --zip 20500"
            + "| Missing --service (or service in --shipment)",
        "--tracking 9400111899223197428497 --zip 20500 --service priority-mail --dpi 600"
            + "| --dpi: 600 is not supported; use 203 or 300",
        "--tracking 9400111899223197428497 --zip 20500 --service priority-mail --to {\"nmae\":1}"
            + "| --to: unknown field \"nmae\"; known: name, street1, street2, city, state, zip",
        "--tracking 9400111899223197428497 --zip 20500 --service priority-mail --from {nope"
            + "| --from is not valid JSON",
        "--tracking 9400111899223197428497 --zip 20500 --service priority-mail --to []"
            + "| --to must be a JSON object",
        "--tracking 9400111899223197428497 --zip 20500 --service priority-mail --to {\"zip\":true}"
            + "| --to: field \"zip\" must be a string or a number",
        "--tracking 9400111899223197428497 --zip 20500 --service priority-mail"
            + " --extra-services 910;insured"
            + "| --extra-services: 'insured' is not an extra service; use codes or names"
            + " separated by ';': 910 certified, 911 certified-restricted-delivery,",
        "--tracking 9400111899223197428497 --zip 20500 --service priority-mail-express"
            + " --extra-services certified"
            + "| Certified Mail (910) is not sold with priority-mail-express; use"
            + " first-class-mail, priority-mail or ground-advantage"
      })
  void refusesInvalidInputWithTheReasonAsAUsageError(String args, String message) {
    Path out = dir.resolve("never.zpl");
    String[] given = args.split(" ");
    String[] all = new String[given.length + 4];
    System.arraycopy(given, 0, all, 0, given.length);
    System.arraycopy(
        new String[] {"--format", "zpl", "--out", out.toString()}, 0, all, given.length, 4);
    CliRun r = label(all);
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains(message);
    assertThat(out).doesNotExist();
  }

  @Test
  void certifiedMailFromTheOptionOrTheShipmentFilePrintsItsBannerAndMarks() throws Exception {
    Path out = dir.resolve("certified.zpl");
    CliRun r =
        label(
            "--tracking",
            "9407111899223197428537",
            "--zip",
            "20500",
            "--service",
            "first-class-mail",
            "--extra-services",
            "955;910",
            "--format",
            "zpl",
            "--out",
            out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(out, StandardCharsets.US_ASCII))
        .contains("^FDF^FS", "^FDUSPS CERTIFIED MAIL^FS", "^FDRETURN RECEIPT REQUESTED^FS");

    Path shipment = dir.resolve("certified.json");
    Files.writeString(
        shipment,
        "{\"tracking_number\": \"9407111899223197428537\", \"service\": \"priority-mail\","
            + " \"to_zip\": \"20500\", \"extra_services\": \"certified-restricted-delivery\"}");
    CliRun fromFile = label("--shipment", shipment.toString(), "--format", "zpl", "--out", "-");
    assertThat(fromFile.exit()).as(fromFile.err()).isZero();
    assertThat(fromFile.out()).contains("USPS CERTIFIED MAIL", "^FDRESTRICTED DELIVERY^FS");
    CliRun option =
        label(
            "--shipment",
            shipment.toString(),
            "--extra-services",
            "",
            "--format",
            "zpl",
            "--out",
            "-");
    assertThat(option.out()).as("the option wins").contains("USPS PRIORITY MAIL");

    Files.writeString(
        shipment,
        "{\"tracking_number\": \"9407111899223197428537\", \"service\": \"priority-mail\","
            + " \"to_zip\": \"20500\", \"extra_services\": \"957\"}");
    CliRun bad = label("--shipment", shipment.toString(), "--format", "zpl", "--out", "-");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("return receipt (957) needs accountable mail");
  }

  @Test
  void badShipmentFilesAreUsageErrorsThatNameTheProblem() throws Exception {
    Path typo = dir.resolve("typo.json");
    Files.writeString(typo, "{\"tracking_number\": \"" + GROUND + "\", \"to_stret1\": \"x\"}");
    CliRun r = label("--shipment", typo.toString(), "--format", "zpl", "--out", "-");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--shipment " + typo + ": unknown field \"to_stret1\"");

    Path weight = dir.resolve("weight.json");
    Files.writeString(weight, "{\"weight_oz\": \"heavy\"}");
    CliRun w = label("--shipment", weight.toString(), "--format", "zpl", "--out", "-");
    assertThat(w.exit()).isEqualTo(2);
    assertThat(w.err()).contains("field \"weight_oz\" must be a number, got \"heavy\"");

    CliRun missing =
        label("--shipment", dir.resolve("nope.json").toString(), "--format", "zpl", "--out", "-");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("--shipment: no such file");
  }

  @Test
  void aLabelThatCannotBePrintedFailsWithTheFix() {
    Path out = dir.resolve("wide.zpl");
    CliRun r =
        label(
            "--tracking",
            LONG_26,
            "--zip",
            "20500-0003",
            "--service",
            "priority-mail",
            "--format",
            "zpl",
            "--out",
            out.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains("station: cannot render a label for " + LONG_26)
        .contains("route by the 5-digit ZIP or print at 300 dpi");
    assertThat(out).doesNotExist();
    assertThat(
            label(
                    "--tracking",
                    LONG_26,
                    "--zip",
                    "20500",
                    "--service",
                    "priority-mail",
                    "--format",
                    "zpl",
                    "--out",
                    out.toString())
                .exit())
        .isZero();
  }

  @Test
  void hostileAddressesPrintAsTextNeverAsCommands() {
    CliRun r =
        label(
            "--tracking",
            GROUND,
            "--zip",
            "20500",
            "--service",
            "priority-mail",
            "--to",
            "{\"name\":\"^XZ^XA^FO0,0^GB812,1218,812^FS\",\"street1\":\"~JA\"}",
            "--format",
            "zpl",
            "--out",
            "-");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).doesNotContain("~").contains("_5EXZ_5EXA_5EFO0_2C0_5EGB812");
    assertThat(r.out().split("\\^XA", -1)).hasSize(2);
    assertThat(r.out().split("\\^XZ", -1)).hasSize(2);
  }

  @Test
  void aFileThatCannotBeWrittenIsAFailureNotAUsageError() {
    Path out = dir.resolve("no-such-dir").resolve("label.zpl");
    CliRun r =
        label(
            "--tracking",
            GROUND,
            "--zip",
            "20500",
            "--service",
            "priority-mail",
            "--format",
            "zpl",
            "--out",
            out.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("station: cannot write the label to " + out);
  }
}
