package org.scanstation.station.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.station.domain.tracking.Mod10;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shipment files off the happy path, through the CLI on a real store: a byte that is not UTF-8
 * costs its line only (or the whole file, when asked), and values a spreadsheet would run as
 * formulas come out of the CSV export as text.
 */
class ImportExportCommandsIT {
  private static final String HEADER =
      "tracking_number,order_id,service,to_name,to_street1,to_city,to_state,to_zip\n";

  @TempDir Path dataDir;
  @TempDir Path work;

  private CliRun cli(String stdin, String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--data-dir";
    all[args.length + 1] = dataDir.toString();
    return CliRun.run(stdin.getBytes(StandardCharsets.UTF_8), Map.of("STATION_PIN", "2468"), all);
  }

  private static String number(int i) {
    return Mod10.withCheckDigit(String.format("9400111899%011d", i));
  }

  private static String row(int line, String orderId) {
    return number(line) + "," + orderId + ",priority-mail,Ada,1 Main St,New York,NY,10001\n";
  }

  /** Lines 2-9 of orders.csv; line 7 has the byte 0xFF in column {@code 12}, in its order id. */
  private Path ordersWithABadByteOnLine7() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));
    for (int line = 2; line <= 9; line++) {
      String r = row(line, line == 7 ? "ORDER-7XX" : "ORDER-" + line);
      byte[] bytes = r.getBytes(StandardCharsets.UTF_8);
      if (line == 7) {
        bytes[r.indexOf("XX") + 1] = (byte) 0xFF;
      }
      b.writeBytes(bytes);
    }
    Path csv = work.resolve("orders.csv");
    Files.write(csv, b.toByteArray());
    return csv;
  }

  private static JsonNode json(String s) {
    return JsonMapper.shared().readTree(s);
  }

  @Test
  void aBadByteOnLine7IsNamedWithLineAndColumnAndTheOtherLinesAreImported() throws Exception {
    Path csv = ordersWithABadByteOnLine7();
    int column = row(7, "ORDER-7XX").indexOf("XX") + 2;
    CliRun run = cli("", "import", "shipments", csv.toString());
    String expected = "orders.csv line 7 column " + column + ": not valid UTF-8 (byte 0xFF)";
    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains("station: " + expected);
    JsonNode summary = json(run.out());
    assertThat(summary.get("inserted").asInt()).isEqualTo(7);
    JsonNode problem = summary.get("rejected").get(0);
    assertThat(summary.get("rejected")).hasSize(1);
    assertThat(problem.get("line").asLong()).isEqualTo(7);
    assertThat(problem.get("column").asLong()).isEqualTo(column);
    assertThat(problem.get("code").asString()).isEqualTo("INVALID_UTF8");
    assertThat(problem.get("message").asString()).isEqualTo(expected);
    assertThat(cli("", "show", "ORDER-8").exit()).isZero();
  }

  @Test
  void allOrNothingImportsNoneWhenOneLineIsBadAndSaysSo() throws Exception {
    Path csv = ordersWithABadByteOnLine7();
    CliRun run = cli("", "import", "shipments", "--all-or-nothing", csv.toString());
    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    assertThat(run.err())
        .contains("orders.csv line 7 column")
        .contains("nothing imported: 1 line is not valid; fix it or drop --all-or-nothing");
    assertThat(json(run.out()).get("inserted").asInt()).isZero();

    CliRun again = cli("", "import", "shipments", csv.toString());
    assertThat(json(again.out()).get("inserted").asInt())
        .as("nothing was stored by the refused import")
        .isEqualTo(7);
    Files.writeString(csv, HEADER + row(2, "ORDER-2") + row(3, "ORDER-3"));
    CliRun clean = cli("", "import", "shipments", "--all-or-nothing", csv.toString());
    assertThat(clean.exit()).as(clean.err()).isZero();
    assertThat(json(clean.out()).get("unchanged").asInt()).isEqualTo(2);
  }

  @Test
  void csvExportNeutralisesCellsASpreadsheetWouldRunAsFormulas() throws Exception {
    String formula = "=cmd|' /C calc'!A0";
    Path csv = work.resolve("orders.csv");
    Files.writeString(
        csv,
        HEADER
            + number(1)
            + ",\"=cmd|' /C calc'!A0\",priority-mail,Ada,1 Main St,New York,NY,10001\n"
            + row(2, "+SUM(1;2)"));
    CliRun imported = cli("", "import", "shipments", csv.toString());
    assertThat(imported.exit()).as(imported.out() + imported.err()).isZero();
    CliRun accepted = cli(number(1) + "\n" + number(2) + "\n", "accept", "--operator", "-2-3");
    assertThat(accepted.exit()).as(accepted.err()).isZero();

    String today = LocalDate.now(ZoneOffset.UTC).toString();
    CliRun export = cli("", "export", "--from", today, "--to", today, "--format", "csv");
    assertThat(export.exit()).as(export.err()).isZero();
    assertThat(export.outLines()).hasSize(3);
    assertThat(export.outLines().get(1))
        .contains("\"'" + formula + "\"")
        .contains("\"'-2-3\"")
        .doesNotContain("," + formula)
        .doesNotContain("\"" + formula);
    assertThat(export.outLines().get(2)).contains("\"'+SUM(1;2)\"");

    CliRun jsonl = cli("", "export", "--from", today, "--to", today);
    JsonNode first = json(jsonl.outLines().get(0));
    assertThat(first.get("orderId").asString()).as("JSONL is data: kept raw").isEqualTo(formula);
    assertThat(first.get("operatorId").asString()).isEqualTo("-2-3");
  }
}
