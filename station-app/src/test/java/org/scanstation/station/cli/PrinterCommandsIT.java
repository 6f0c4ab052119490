package org.scanstation.station.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.simulator.printer.PrinterFault;
import org.scanstation.simulator.printer.PrinterSettings;
import org.scanstation.simulator.printer.SimulatedPrinter;
import org.scanstation.station.domain.tracking.Mod10;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The technician's printer commands, and direct reprints, against the simulated Zebra. */
class PrinterCommandsIT {
  private static final String N1 = Mod10.withCheckDigit("940011189922300000021");
  private static final String ZPL = "^XA^FO50,50^A0N,50,50^FDTest label^FS^XZ";

  /** The printer.* settings at a technician's pace, as a station's config would set them. */
  private static final Map<String, String> FAST_PACING =
      Map.of("STATION_PRINTER_POLL_INTERVAL", "100ms", "STATION_PRINTER_RETRY_MAX", "1s");

  @TempDir Path dir;
  private final SimulatedPrinter sim =
      SimulatedPrinter.onTcp(
          InetAddress.getLoopbackAddress(),
          0,
          PrinterSettings.defaults().withPerLabel(Duration.ofMillis(30)));

  @AfterEach
  void tearDown() {
    sim.close();
  }

  private String uri() {
    return "tcp://127.0.0.1:" + sim.port();
  }

  private static JsonNode json(String line) {
    return JsonMapper.shared().readTree(line);
  }

  @Test
  void printerStatusOfAReadyPrinterExitsZero() {
    CliRun r = CliRun.run("printer-status", "--printer", uri());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode s = json(r.out());
    assertThat(s.get("printer").asString()).isEqualTo(uri());
    assertThat(s.get("state").asString()).isEqualTo("READY");
    assertThat(s.get("ready").asBoolean()).isTrue();
    assertThat(s.get("labelsRemaining").asInt()).isZero();
    assertThat(s.get("odometer").asLong()).isZero();
    assertThat(s.get("raw").asString()).startsWith("\u0002030,0,0,1218");
    assertThat(r.out()).startsWith("{\"printer\":");
  }

  @Test
  void printerStatusOfAFaultedPrinterExitsThreeAndSaysWhatToDo() {
    sim.setFault(PrinterFault.PAPER_OUT, true);
    CliRun r = CliRun.run("printer-status", "--printer", uri());
    assertThat(r.exit()).isEqualTo(3);
    JsonNode s = json(r.out());
    assertThat(s.get("state").asString()).isEqualTo("PAPER_OUT");
    assertThat(s.get("ready").asBoolean()).isFalse();
    assertThat(r.err()).contains("paper out — load labels and close the head");

    sim.setFault(PrinterFault.PAPER_OUT, false);
    sim.setFault(PrinterFault.SILENT, true);
    CliRun silent = CliRun.run("printer-status", "--printer", uri(), "--timeout", "300ms");
    assertThat(silent.exit()).isEqualTo(3);
    assertThat(json(silent.out()).get("state").asString()).isEqualTo("UNRESPONSIVE");
  }

  @Test
  void printerStatusOfAnUnreachablePrinterExitsFourAndABadUriIsAUsageError() {
    sim.setFault(PrinterFault.REFUSE_CONNECTIONS, true);
    CliRun r = CliRun.run("printer-status", "--printer", uri());
    assertThat(r.exit()).isEqualTo(4);
    assertThat(json(r.out()).get("state").asString()).isEqualTo("UNREACHABLE");
    assertThat(r.err()).contains("connection refused");
    CliRun bad = CliRun.run("printer-status", "--printer", "lpd://x");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--printer: printer URI 'lpd://x'");
  }

  @Test
  void printSendsEachCopyAsAJobAndReportsEveryState() throws Exception {
    Path file = dir.resolve("test.zpl");
    Files.writeString(file, ZPL + "\n");
    CliRun r = CliRun.run("print", file.toString(), "--printer", uri(), "--copies", "2");
    assertThat(r.exit()).as(r.err()).isZero();
    List<JsonNode> lines = r.outLines().stream().map(PrinterCommandsIT::json).toList();
    assertThat(lines)
        .filteredOn(l -> l.get("job").asString().equals("copy-1"))
        .extracting(l -> l.get("state").asString())
        .startsWith("QUEUED")
        .contains("SENDING")
        .endsWith("PRINTED");
    assertThat(lines.get(lines.size() - 1).get("confirmation").asString())
        .isEqualTo("PRINTER_METER");
    assertThat(sim.jobs()).extracting(j -> j.zplText()).containsExactly(ZPL, ZPL);
  }

  @Test
  void printWaitsForAFaultedPrinterAndPrintsOnceItIsFixed() throws Exception {
    Path file = dir.resolve("test.zpl");
    Files.writeString(file, ZPL);
    sim.setFault(PrinterFault.HEAD_OPEN, true);
    CompletableFuture<Void> technician =
        CompletableFuture.runAsync(
            () -> {
              await().until(() -> sim.counters().queriesAnswered() >= 9);
              sim.setFault(PrinterFault.HEAD_OPEN, false);
            });
    CliRun r = CliRun.run(new byte[0], FAST_PACING, "print", file.toString(), "--printer", uri());
    technician.get();
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"state\":\"HELD\"").contains("head open — close the print head");
    assertThat(sim.counters().formatsPrinted()).isEqualTo(1);
  }

  @Test
  void printGivesUpOnAPrinterThatStaysFaultedSayingNothingWasSent() throws Exception {
    Path file = dir.resolve("test.zpl");
    Files.writeString(file, ZPL);
    sim.setFault(PrinterFault.PAPER_OUT, true);
    CliRun r = CliRun.run("print", file.toString(), "--printer", uri(), "--wait", "1s");
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("copy-1 is HELD, not sent");
    assertThat(sim.counters().formatsReceived()).isZero();
  }

  @Test
  void aReprintWithThePrinterUriPrintsNowWhenTheStoreIsOpenedDirectly() {
    Map<String, String> env = Map.of("STATION_SUPERVISOR_PIN", "2468", "STATION_PIN", "2468");
    String data = dir.resolve("data").toString();
    accept(env, data);

    CliRun queued = reprint(env, data, "torn");
    assertThat(queued.exit()).as(queued.err()).isZero();
    assertThat(json(queued.out()).get("status").asString()).isEqualTo("QUEUED");
    assertThat(queued.err()).contains("waits in the store; it prints when 'station run' runs");

    CliRun now = reprint(env, data, "torn again", "--printer", uri());
    assertThat(now.exit()).as(now.err()).isZero();
    assertThat(json(now.out()).get("status").asString()).isEqualTo("PRINTED");
    assertThat(now.err()).contains("station: SENDING").contains("station: PRINTED");
    assertThat(sim.jobs()).hasSize(1);
    assertThat(sim.jobs().get(0).barcodes().get(0).data()).endsWith(N1);
  }

  @Test
  void printPrinterStatusAndReprintHonourThePrinterSettingsOfTheConfig() throws Exception {
    sim.setFault(PrinterFault.SILENT, true);
    Map<String, String> env =
        Map.of(
            "STATION_PRINTER_STATUS_TIMEOUT", "300ms",
            "STATION_SUPERVISOR_PIN", "2468",
            "STATION_PIN", "2468");
    Path file = dir.resolve("test.zpl");
    Files.writeString(file, ZPL);
    CliRun print =
        CliRun.run(new byte[0], env, "print", file.toString(), "--printer", uri(), "--wait", "2s");
    assertThat(print.exit()).isEqualTo(3);
    assertThat(print.out()).contains("no reply to ~HS within 300 ms");

    CliRun status = CliRun.run(new byte[0], env, "printer-status", "--printer", uri());
    assertThat(status.exit()).isEqualTo(3);
    assertThat(status.err()).contains("within 300 ms");
    CliRun option =
        CliRun.run(new byte[0], env, "printer-status", "--printer", uri(), "--timeout", "400ms");
    assertThat(option.err()).as("the option wins over the config").contains("within 400 ms");

    String data = dir.resolve("data").toString();
    accept(env, data);
    CliRun reprint = reprint(env, data, "torn", "--printer", uri(), "--wait", "2s");
    assertThat(reprint.exit()).isEqualTo(3);
    assertThat(reprint.err()).contains("no reply to ~HS within 300 ms");
    assertThat(sim.counters().formatsReceived()).isZero();
  }

  /** Accepts N1 through the CLI on the store in {@code data}. */
  private static void accept(Map<String, String> env, String data) {
    CliRun accepted =
        CliRun.run(
            N1.getBytes(StandardCharsets.UTF_8),
            env,
            "accept",
            "--operator",
            "ana",
            "--data-dir",
            data);
    assertThat(accepted.exit()).as(accepted.err()).isZero();
  }

  /** Reprints N1 through the CLI as supervisor "sup", with {@code extra} options. */
  private static CliRun reprint(
      Map<String, String> env, String data, String reason, String... extra) {
    List<String> args =
        new ArrayList<>(List.of("reprint", N1, "--reason", reason, "--operator", "sup"));
    args.addAll(List.of(extra));
    args.addAll(List.of("--data-dir", data));
    return CliRun.run(new byte[0], env, args.toArray(String[]::new));
  }
}
