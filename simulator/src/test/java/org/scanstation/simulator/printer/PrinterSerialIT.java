package org.scanstation.simulator.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.simulator.testing.SerialTestPort;

/** The same printer on a serial line: a socat pty opened with jSerialComm, as the station does. */
class PrinterSerialIT {
  private static final String LABEL =
      "^XA^FO60,60^BCN,200^FD>;>842092612>89400111899223197428497^FS^XZ";

  @TempDir Path dir;
  private Path path;
  private SimulatedPrinter printer;

  @BeforeEach
  void setUp() {
    path = dir.resolve("zebra");
    printer =
        SimulatedPrinter.onSerial(path, PrinterSettings.defaults().withPerLabel(Duration.ZERO));
  }

  @AfterEach
  void tearDown() {
    printer.close();
  }

  @Test
  void printsAndAnswersOverThePty() {
    assertThat(printer.isSerial()).isTrue();
    assertThat(printer.address()).isEqualTo(path.toString());
    try (SerialTestPort port = SerialTestPort.open(path)) {
      port.write(LABEL + "~HS");
      String reply = port.awaitReceived("1234,0\u0003\r\n");
      assertThat(reply).startsWith("\u0002030,0,0,1218,");
      printer.setFault(PrinterFault.PAPER_OUT, true);
      port.clear();
      port.write("~HQES");
      assertThat(port.awaitReceived("\u0003")).contains("ERRORS:         1 00000000 00000001");
    }
    await().until(() -> printer.jobs().size() == 1);
    assertThat(printer.jobs().get(0).barcodes().get(0).data()).startsWith("42092612\u001D9400");
  }

  @Test
  void dropMidJobLosesTheFormatButNotTheLine() {
    try (SerialTestPort port = SerialTestPort.open(path)) {
      printer.setFault(PrinterFault.DROP_MID_JOB, true);
      port.write(LABEL);
      await().until(() -> printer.counters().formatsDropped() == 1);
      printer.setFault(PrinterFault.DROP_MID_JOB, false);
      port.write(LABEL);
      await().until(() -> printer.jobs().size() == 1);
    }
  }

  @Test
  void unplugsAndReplugsAtTheSamePath() {
    printer.setFault(PrinterFault.REFUSE_CONNECTIONS, true);
    assertThat(Files.exists(path)).isFalse();
    printer.setFault(PrinterFault.REFUSE_CONNECTIONS, false);
    assertThat(Files.exists(path)).isTrue();
    printer.unplug();
    assertThat(path).doesNotExist();
    printer.replug();
    try (SerialTestPort port = SerialTestPort.open(path)) {
      port.write("~HS");
      assertThat(port.awaitReceived("1234,0\u0003\r\n")).startsWith("\u0002030,");
    }
  }
}
