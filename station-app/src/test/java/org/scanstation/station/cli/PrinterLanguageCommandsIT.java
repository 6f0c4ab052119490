package org.scanstation.station.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scanstation.simulator.printer.Barcode;
import org.scanstation.simulator.printer.PrinterFault;
import org.scanstation.simulator.printer.PrinterLanguage;
import org.scanstation.simulator.printer.PrinterSettings;
import org.scanstation.simulator.printer.SimulatedPrinter;
import org.scanstation.station.domain.tracking.Mod10;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code station printer-status} and {@code station print} per language, as a technician runs them
 * against simulated TSPL and EPL2 printers on TCP: ready (0), paper out and silent (3), a printer
 * set up in the wrong language (3, naming the mismatch, nothing printed), and a file in the wrong
 * language refused (1) before anything is sent.
 */
class PrinterLanguageCommandsIT {
  private static final String N1 = Mod10.withCheckDigit("940011189922300000021");

  @TempDir Path dir;
  private final List<SimulatedPrinter> sims = new ArrayList<>();

  @AfterEach
  void tearDown() {
    sims.forEach(SimulatedPrinter::close);
  }

  private SimulatedPrinter sim(PrinterLanguage language) {
    SimulatedPrinter p =
        SimulatedPrinter.onTcp(
            InetAddress.getLoopbackAddress(),
            0,
            PrinterSettings.defaults().withPerLabel(Duration.ofMillis(30)).withLanguage(language));
    sims.add(p);
    return p;
  }

  private static String uri(SimulatedPrinter p, String lang) {
    return "tcp://127.0.0.1:" + p.port() + "?lang=" + lang;
  }

  private static JsonNode json(String line) {
    return JsonMapper.shared().readTree(line);
  }

  private static JsonNode last(CliRun r) {
    List<String> lines = r.outLines();
    return json(lines.get(lines.size() - 1));
  }

  /** A label file made by {@code station label} in {@code format}. */
  private Path label(String format) {
    Path file = dir.resolve("label." + format);
    CliRun made =
        CliRun.run(
            "label",
            "--tracking",
            N1,
            "--zip",
            "20260",
            "--service",
            "priority-mail",
            "--format",
            format,
            "--out",
            file.toString());
    assertThat(made.exit()).as(made.err()).isZero();
    return file;
  }

  @ParameterizedTest
  @CsvSource({"TSPL, tspl", "EPL, epl"})
  void printerStatusSaysReadyPaperOutOrSilentWithItsExitStatus(PrinterLanguage l, String lang) {
    SimulatedPrinter p = sim(l);
    CliRun ready = CliRun.run("printer-status", "--printer", uri(p, lang));
    assertThat(ready.exit()).as(ready.err()).isZero();
    assertThat(json(ready.out()).get("state").asString()).isEqualTo("READY");
    assertThat(json(ready.out()).get("ready").asBoolean()).isTrue();

    p.setFault(PrinterFault.PAPER_OUT, true);
    CliRun out = CliRun.run("printer-status", "--printer", uri(p, lang));
    assertThat(out.exit()).isEqualTo(PrinterStatusCommand.FAULTED);
    assertThat(json(out.out()).get("state").asString()).isEqualTo("PAPER_OUT");
    assertThat(out.err()).contains("load labels");

    p.setFault(PrinterFault.PAPER_OUT, false);
    p.setFault(PrinterFault.SILENT, true);
    CliRun silent = CliRun.run("printer-status", "--printer", uri(p, lang), "--timeout", "300ms");
    assertThat(silent.exit()).isEqualTo(PrinterStatusCommand.FAULTED);
    assertThat(json(silent.out()).get("state").asString()).isEqualTo("UNRESPONSIVE");
  }

  @ParameterizedTest
  @CsvSource({
    "ZPL, tspl, likely not a TSPL printer",
    "ZPL, epl, likely not an EPL2 printer",
    "TSPL, zpl, a TSPL or EPL2 printer never answers ~HS",
    "EPL, zpl, a TSPL or EPL2 printer never answers ~HS"
  })
  void aPrinterSetUpInTheWrongLanguageIsFaultedNamingTheMismatch(
      PrinterLanguage actual, String configured, String words) {
    SimulatedPrinter p = sim(actual);
    CliRun r = CliRun.run("printer-status", "--printer", uri(p, configured), "--timeout", "400ms");
    assertThat(r.exit()).isEqualTo(PrinterStatusCommand.FAULTED);
    assertThat(json(r.out()).get("ready").asBoolean()).isFalse();
    assertThat(r.err() + r.out()).contains(words);
  }

  @ParameterizedTest
  @CsvSource({"TSPL, tspl", "EPL, epl"})
  void printSendsAStationLabelThatPrintsOnceAndReadsBack(PrinterLanguage l, String lang) {
    SimulatedPrinter p = sim(l);
    CliRun r = CliRun.run("print", label(lang).toString(), "--printer", uri(p, lang));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(last(r).get("state").asString()).isEqualTo("PRINTED");
    assertThat(p.jobs()).hasSize(1);
    assertThat(p.jobs().get(0).barcodes())
        .extracting(Barcode::data)
        .containsExactly("42020260\u001D" + N1);
    assertThat(p.refusals()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"TSPL, tspl", "EPL, epl"})
  void printOnAPrinterOutOfPaperGivesUpSayingNothingWasSent(PrinterLanguage l, String lang) {
    SimulatedPrinter p = sim(l);
    p.setFault(PrinterFault.PAPER_OUT, true);
    CliRun r =
        CliRun.run("print", label(lang).toString(), "--printer", uri(p, lang), "--wait", "1s");
    assertThat(r.exit()).isEqualTo(PrinterStatusCommand.FAULTED);
    assertThat(r.err()).contains("copy-1 is HELD, not sent");
    assertThat(p.jobs()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "tspl, epl, likely not an EPL2 printer",
    "epl, tspl, likely not a TSPL printer",
    "tspl, zpl, a TSPL or EPL2 printer never answers ~HS"
  })
  void printOnAPrinterSetUpInTheWrongLanguageHoldsTheLabelAndPrintsNothing(
      String printerLang, String configured, String words) {
    SimulatedPrinter p = sim(PrinterLanguage.parse(printerLang));
    CliRun r =
        CliRun.run(
            new byte[0],
            Map.of("STATION_PRINTER_STATUS_TIMEOUT", "300ms"),
            "print",
            label(configured).toString(),
            "--printer",
            uri(p, configured),
            "--wait",
            "3s");
    assertThat(r.exit()).isEqualTo(PrinterStatusCommand.FAULTED);
    assertThat(r.err()).contains("copy-1 is HELD, not sent").contains(words);
    assertThat(p.jobs()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"TSPL, tspl, zpl", "EPL, epl, tspl"})
  void aFileInAnotherLanguageIsRefusedAndNeverSent(
      PrinterLanguage l, String lang, String fileFormat) throws Exception {
    SimulatedPrinter p = sim(l);
    Path file = label(fileFormat);
    assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).isNotEmpty();
    CliRun r = CliRun.run("print", file.toString(), "--printer", uri(p, lang));
    assertThat(r.exit()).isEqualTo(1);
    assertThat(last(r).get("state").asString()).isEqualTo("FAILED");
    assertThat(last(r).get("message").asString()).contains("refused");
    assertThat(p.jobs()).isEmpty();
  }
}
