package org.scanstation.simulator.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.simulator.testing.SerialTestPort;

/** TSPL and EPL2 printers on a serial line: a socat pty opened with jSerialComm. */
class RasterPrinterSerialIT {
  @TempDir Path dir;
  private SimulatedPrinter printer;

  private Path start(PrinterLanguage lang) {
    Path path = dir.resolve(lang.cliName());
    printer =
        SimulatedPrinter.onSerial(
            path, PrinterSettings.defaults().withPerLabel(Duration.ZERO).withLanguage(lang));
    return path;
  }

  @AfterEach
  void tearDown() {
    if (printer != null) {
      printer.close();
    }
  }

  @Test
  void aTsplPrinterPrintsTheBitmapsNumberAndAnswersOverThePty() {
    Path path = start(PrinterLanguage.TSPL);
    try (SerialTestPort port = SerialTestPort.open(path)) {
      port.write(RasterLabels.tspl(RasterLabels.impb()) + "\u001B!S");
      assertThat(port.awaitReceived("\u0003\r\n")).isEqualTo("\u0002@@@@\u0003\r\n");
      printer.setFault(PrinterFault.HEAD_OPEN, true);
      port.clear();
      port.write("\u001B!?");
      await().until(() -> !port.poll().isEmpty());
      assertThat(port.received()).isEqualTo("\u0001");
    }
    await().until(() -> printer.jobs(JobState.PRINTED).size() == 1);
    assertThat(printer.jobs().get(0).barcodes().get(0).data()).isEqualTo(RasterLabels.IMPB_DATA);
    assertThat(printer.jobs().get(0).language()).isEqualTo(PrinterLanguage.TSPL);
  }

  @Test
  void anEplPrinterHoldsTheJobWhilePaperIsOutAndPrintsItOnce() {
    Path path = start(PrinterLanguage.EPL);
    printer.setFault(PrinterFault.PAPER_OUT, true);
    try (SerialTestPort port = SerialTestPort.open(path)) {
      port.write(RasterLabels.epl(RasterLabels.impb()) + "^ee\r\n");
      assertThat(port.awaitReceived("\r\n")).isEqualTo("07\r\n");
      await().until(() -> printer.jobs(JobState.QUEUED).size() == 1);
      printer.setFault(PrinterFault.PAPER_OUT, false);
      await().until(() -> printer.jobs(JobState.PRINTED).size() == 1);
      port.clear();
      port.write("^ee\r\n");
      assertThat(port.awaitReceived("\r\n")).isEqualTo("00\r\n");
    }
    assertThat(printer.jobs().get(0).barcodes().get(0).data()).isEqualTo(RasterLabels.IMPB_DATA);
    assertThat(printer.counters().labelsPrinted()).isEqualTo(1);
  }
}
