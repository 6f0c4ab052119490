package org.scanstation.simulator.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.SocketException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.scanstation.simulator.admin.PrinterControl;
import org.scanstation.simulator.testing.ZebraClient;

/** TSPL and EPL2 printers over real TCP, as the station's raw-9100 driver would use them. */
class RasterPrinterTcpIT {
  private static final String ESC = "\u001B";
  private static final String STX = "\u0002";
  private static final String ETX_CRLF = "\u0003\r\n";
  private static final String ZPL =
      "^XA^FO60,60^BCN,200^FD>;>842092612>8" + RasterLabels.NUMBER + "^FS^XZ";
  private static final String TSPL_JOB = RasterLabels.tspl(RasterLabels.impb());
  private static final String EPL_JOB = RasterLabels.epl(RasterLabels.impb());

  private SimulatedPrinter printer;

  private SimulatedPrinter start(PrinterLanguage lang) {
    printer =
        SimulatedPrinter.onTcp(
            InetAddress.getLoopbackAddress(),
            0,
            PrinterSettings.defaults().withPerLabel(Duration.ZERO).withLanguage(lang));
    return printer;
  }

  @AfterEach
  void tearDown() {
    if (printer != null) {
      printer.close();
    }
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> received() {
    return (List<Map<String, Object>>) new PrinterControl(printer).received();
  }

  private static int tsplFlags(ZebraClient c) throws IOException {
    c.send(ESC + "!?");
    return c.read();
  }

  @ParameterizedTest
  @EnumSource(
      value = PrinterLanguage.class,
      names = {"TSPL", "EPL"})
  void aJobsBitmapShowsItsTrackingNumberInReceived(PrinterLanguage lang) throws IOException {
    start(lang);
    try (ZebraClient c = new ZebraClient(printer.port())) {
      c.send(RasterLabels.job(lang, RasterLabels.impb()));
    }
    await().until(() -> printer.jobs(JobState.PRINTED).size() == 1);
    assertThat(received())
        .singleElement()
        .satisfies(
            job -> {
              assertThat(job).containsEntry("language", lang.cliName());
              assertThat((List<Barcode>) job.get("barcodes"))
                  .extracting(Barcode::gs1, Barcode::data)
                  .containsExactly(
                      org.assertj.core.groups.Tuple.tuple(true, RasterLabels.IMPB_DATA));
            });
    assertThat(printer.refusals()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "PAPER_OUT,  4, E@@A",
    "HEAD_OPEN,  1, E@@`",
    "RIBBON_OUT, 8, E@@D",
    "PAUSED,    16, `@@@"
  })
  void tsplReportsEachFaultAndHoldsJobsThenPrintsThemOnce(
      PrinterFault fault, int flags, String status) throws IOException {
    start(PrinterLanguage.TSPL).setFault(fault, true);
    try (ZebraClient c = new ZebraClient(printer.port())) {
      c.send(TSPL_JOB + TSPL_JOB);
      await().until(() -> printer.jobs().size() == 2);
      assertThat(tsplFlags(c)).isEqualTo(flags);
      c.send(ESC + "!S");
      assertThat(c.readEtxs(1, true)).isEqualTo(STX + status + ETX_CRLF);
      assertThat(printer.jobs(JobState.QUEUED)).hasSize(2);
      printer.setFault(fault, false);
      await().until(() -> printer.jobs(JobState.PRINTED).size() == 2);
      assertThat(tsplFlags(c)).isZero();
      c.send(ESC + "!S");
      assertThat(c.readEtxs(1, true)).isEqualTo(STX + "@@@@" + ETX_CRLF);
    }
    assertThat(printer.counters().labelsPrinted()).isEqualTo(2);
  }

  @ParameterizedTest
  @CsvSource({"PAPER_OUT, 07", "RIBBON_OUT, 07", "HEAD_OPEN, 11", "PAUSED, 12"})
  void eplReportsEachFaultAndHoldsJobsThenPrintsThemOnce(PrinterFault fault, String code)
      throws IOException {
    start(PrinterLanguage.EPL).setFault(fault, true);
    try (ZebraClient c = new ZebraClient(printer.port())) {
      c.send(EPL_JOB + EPL_JOB);
      await().until(() -> printer.jobs().size() == 2);
      c.send("^ee\r\n");
      assertThat(c.readLine()).isEqualTo(code + "\r\n");
      assertThat(printer.jobs(JobState.QUEUED)).hasSize(2);
      printer.setFault(fault, false);
      await().until(() -> printer.jobs(JobState.PRINTED).size() == 2);
      c.send("^ee\r\n");
      assertThat(c.readLine()).isEqualTo("00\r\n");
    }
    assertThat(printer.counters().labelsPrinted()).isEqualTo(2);
  }

  @Test
  void eplListsSeveralErrorsAtOnce() throws IOException {
    start(PrinterLanguage.EPL);
    printer.setFault(PrinterFault.PAUSED, true);
    printer.setFault(PrinterFault.HEAD_OPEN, true);
    printer.setFault(PrinterFault.PAPER_OUT, true);
    try (ZebraClient c = new ZebraClient(printer.port())) {
      c.send("^ee\n");
      assertThat(c.readLine()).isEqualTo("07,11,12\r\n");
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = PrinterLanguage.class,
      names = {"TSPL", "EPL"})
  void silentTakesJobsButAnswersNothing(PrinterLanguage lang) throws IOException {
    start(lang);
    printer.setFault(PrinterFault.SILENT, true);
    printer.setFault(PrinterFault.PAPER_OUT, true);
    String query = lang == PrinterLanguage.TSPL ? ESC + "!?" + ESC + "!S" : "^ee\r\n";
    try (ZebraClient c = new ZebraClient(printer.port())) {
      c.send(RasterLabels.job(lang, RasterLabels.impb()) + query);
      await().until(() -> printer.counters().queriesUnanswered() >= 1);
      assertThat(printer.jobs()).hasSize(1);
      printer.clearFaults();
      // Had the silent queries been answered, their paper-out replies would come first.
      if (lang == PrinterLanguage.TSPL) {
        assertThat(tsplFlags(c)).isZero();
      } else {
        c.send("^ee\r\n");
        assertThat(c.readLine()).isEqualTo("00\r\n");
      }
      assertThat(c.available()).isZero();
    }
  }

  @Test
  void aZplJobSentToATsplPrinterIsRefusedWithTheLineAndNotAnswered() throws IOException {
    start(PrinterLanguage.TSPL);
    try (ZebraClient c = new ZebraClient(printer.port())) {
      c.send(ZPL + "\r\n~HS\r\n^ee\r\n");
      await().until(() -> printer.counters().linesRefused() == 3);
      assertThat(tsplFlags(c)).as("the first byte back answers ESC!?, not ~HS").isZero();
    }
    assertThat(printer.refusals()).extracting(RefusedLine::line).containsExactly(ZPL, "~HS", "^ee");
    assertThat(printer.jobs()).isEmpty();
    assertThat(new PrinterControl(printer).status().toString()).contains("refused");
  }

  @Test
  void anEplPrinterRefusesTsplJobsAndQueries() throws IOException {
    start(PrinterLanguage.EPL);
    try (ZebraClient c = new ZebraClient(printer.port())) {
      c.send(ESC + "!?" + TSPL_JOB);
      c.send("^ee\r\n");
      assertThat(c.readLine()).isEqualTo("00\r\n");
    }
    assertThat(printer.refusals())
        .extracting(RefusedLine::line)
        .contains("<ESC>!?", "SIZE 4,6", "PRINT 1,1");
    assertThat(printer.jobs()).isEmpty();
  }

  @Test
  void aZplPrinterAnswersNoTsplOrEplQuery() throws IOException {
    start(PrinterLanguage.ZPL);
    try (ZebraClient c = new ZebraClient(printer.port())) {
      c.send(ESC + "!?" + ESC + "!S^ee\r\n");
      assertThat(c.hostStatus()).startsWith(STX + "030,0,0,");
      assertThat(c.available()).isZero();
    }
    assertThat(printer.counters().queriesAnswered()).isEqualTo(1);
  }

  @Test
  void dropsTheConnectionWhenATsplJobStarts() throws IOException {
    start(PrinterLanguage.TSPL).setFault(PrinterFault.DROP_MID_JOB, true);
    try (ZebraClient c = new ZebraClient(printer.port())) {
      c.send(TSPL_JOB);
      int r;
      try {
        r = c.read();
      } catch (SocketException reset) {
        r = -1;
      }
      assertThat(r).as("the printer hung up").isEqualTo(-1);
    }
    await().until(() -> printer.counters().formatsDropped() == 1);
    assertThat(printer.jobs()).isEmpty();
    printer.setFault(PrinterFault.DROP_MID_JOB, false);
    try (ZebraClient c = new ZebraClient(printer.port())) {
      c.send(TSPL_JOB);
      await().until(() -> printer.jobs(JobState.PRINTED).size() == 1);
    }
  }

  @Test
  void aFullBufferWarnsAndDiscards() throws IOException {
    start(PrinterLanguage.TSPL).setFault(PrinterFault.BUFFER_FULL, true);
    try (ZebraClient c = new ZebraClient(printer.port())) {
      c.send(TSPL_JOB);
      await().until(() -> printer.jobs().size() == 1);
      c.send(ESC + "!S");
      assertThat(c.readEtxs(1, true)).isEqualTo(STX + "@H@@" + ETX_CRLF);
    }
    assertThat(printer.jobs()).extracting(PrintJob::state).containsExactly(JobState.DISCARDED);
  }

  @Test
  void aJobCutByTheConnectionIsDroppedAndTheTruncatedBitmapRefused() throws IOException {
    start(PrinterLanguage.TSPL);
    try (ZebraClient c = new ZebraClient(printer.port())) {
      c.send(TSPL_JOB.substring(0, TSPL_JOB.length() - 200));
    }
    await().until(() -> printer.counters().formatsDropped() == 1);
    assertThat(printer.jobs()).isEmpty();
    assertThat(printer.refusals()).singleElement().asString().contains("truncated");
  }
}
