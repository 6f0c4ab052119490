package org.scanstation.simulator.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scanstation.simulator.testing.ZebraClient;

/** The printer over real TCP, as the station's raw-9100 driver would use it. */
class PrinterTcpIT {
  private static final String GS = "\u001D";
  private static final String NUMBER = "9400111899223197428497";
  private static final String LABEL =
      "^XA^BY3^FO60,60^BCN,200,N,N,N^FD>;>842092612>8"
          + NUMBER
          + "^FS"
          + "^FO60,300^BXN,6,200^FD~1420926121~1"
          + NUMBER
          + "^FS^XZ";

  private SimulatedPrinter printer =
      SimulatedPrinter.onTcp(
          InetAddress.getLoopbackAddress(),
          0,
          PrinterSettings.defaults().withPerLabel(Duration.ZERO));

  @AfterEach
  void tearDown() {
    printer.close();
  }

  private void restart(Duration perLabel) {
    printer.close();
    printer =
        SimulatedPrinter.onTcp(
            InetAddress.getLoopbackAddress(), 0, PrinterSettings.defaults().withPerLabel(perLabel));
  }

  @Test
  void keepsEveryJobWithItsBarcodesHoweverTheBytesArrive() throws IOException {
    try (ZebraClient c = new ZebraClient(printer.port())) {
      for (char ch : LABEL.toCharArray()) {
        c.send(String.valueOf(ch));
      }
      c.send("\r\n" + LABEL + LABEL);
    }
    await().until(() -> printer.jobs(JobState.PRINTED).size() == 3);
    PrintJob job = printer.jobs().get(0);
    assertThat(job.zplText()).isEqualTo(LABEL);
    assertThat(job.barcodes())
        .extracting(Barcode::command, Barcode::gs1, Barcode::data)
        .containsExactly(
            tuple("BC", true, "42092612" + GS + NUMBER),
            tuple("BX", true, "420926121" + GS + NUMBER));
    assertThat(printer.counters().connections()).isEqualTo(1);
  }

  @Test
  void answersHostStatusAndExtendedStatus() throws IOException {
    try (ZebraClient c = new ZebraClient(printer.port())) {
      assertThat(c.hostStatus())
          .isEqualTo(
              "\u0002030,0,0,1218,000,0,0,0,000,0,0,0\u0003\r\n"
                  + "\u0002000,0,0,0,0,2,0,0,00000000,1,000\u0003\r\n"
                  + "\u00021234,0\u0003\r\n");
      assertThat(c.extendedStatus()).contains("   ERRORS:         0 00000000 00000000\r\n");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "PAPER_OUT,  1, 0, 0, 0, 00000001",
    "PAUSED,     0, 1, 0, 0, 00000000",
    "HEAD_OPEN,  0, 0, 1, 0, 00000004",
    "RIBBON_OUT, 0, 0, 0, 1, 00000002"
  })
  void aHaltingFaultShowsInBothRepliesAndHoldsJobsUntilCleared(
      PrinterFault fault, int paper, int pause, int head, int ribbon, String errors)
      throws IOException {
    printer.setFault(fault, true);
    try (ZebraClient c = new ZebraClient(printer.port())) {
      c.send(LABEL);
      await().until(() -> printer.jobs().size() == 1);
      String[] hs = c.hostStatus().split("\r\n");
      assertThat(hs[0]).startsWith("\u0002030," + paper + "," + pause + ",1218,001,");
      assertThat(hs[1]).startsWith("\u0002000,0," + head + "," + ribbon + ",0,2,0,0,00000001,");
      String flag = errors.equals("00000000") ? "0" : "1";
      assertThat(c.extendedStatus()).contains("ERRORS:         " + flag + " 00000000 " + errors);
      assertThat(printer.jobs().get(0).state()).isEqualTo(JobState.QUEUED);
      printer.setFault(fault, false);
      await().until(() -> printer.jobs().get(0).state() == JobState.PRINTED);
      assertThat(c.hostStatus()).startsWith("\u0002030,0,0,1218,000,");
    }
  }

  @Test
  void pausesAndResumesOnTildeCommands() throws IOException {
    try (ZebraClient c = new ZebraClient(printer.port())) {
      c.send("~PP" + LABEL);
      assertThat(c.hostStatus()).startsWith("\u0002030,0,1,1218,001,");
      c.send("~PS");
      assertThat(c.hostStatus()).startsWith("\u0002030,0,0,1218,000,");
      assertThat(printer.jobs(JobState.PRINTED)).hasSize(1);
    }
  }

  @Test
  void aFullBufferFlagsAndDiscards() throws IOException {
    printer.setFault(PrinterFault.BUFFER_FULL, true);
    try (ZebraClient c = new ZebraClient(printer.port())) {
      c.send(LABEL);
      assertThat(c.hostStatus()).startsWith("\u0002030,0,0,1218,000,1,");
    }
    assertThat(printer.jobs()).extracting(PrintJob::state).containsExactly(JobState.DISCARDED);
  }

  @Test
  void silentTakesJobsButAnswersNothing() throws IOException {
    printer.setFault(PrinterFault.SILENT, true);
    printer.setFault(PrinterFault.PAPER_OUT, true);
    try (ZebraClient c = new ZebraClient(printer.port())) {
      c.send(LABEL + "~HS~HQES");
      await().until(() -> printer.counters().queriesUnanswered() == 2);
      assertThat(printer.jobs()).hasSize(1);
      printer.clearFaults();
      // Had the silent queries been answered, their paper-out replies would come first.
      assertThat(c.hostStatus()).startsWith("\u0002030,0,0,");
      assertThat(c.available()).isZero();
    }
  }

  @Test
  void refusesConnectionsAndComesBackOnTheSamePort() throws IOException {
    int port = printer.port();
    printer.setFault(PrinterFault.REFUSE_CONNECTIONS, true);
    assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
        .isInstanceOf(ConnectException.class);
    printer.setFault(PrinterFault.REFUSE_CONNECTIONS, false);
    assertThat(printer.port()).isEqualTo(port);
    try (ZebraClient c = new ZebraClient(port)) {
      assertThat(c.hostStatus()).startsWith("\u0002030,");
    }
  }

  @Test
  void dropsTheConnectionMidJob() throws IOException {
    printer.setFault(PrinterFault.DROP_MID_JOB, true);
    try (ZebraClient c = new ZebraClient(printer.port())) {
      c.send(LABEL);
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
      c.send(LABEL);
      await().until(() -> printer.jobs().size() == 1);
    }
  }

  @Test
  void labelsDrainAtThePrintSpeed() throws IOException {
    restart(Duration.ofMillis(150));
    try (ZebraClient c = new ZebraClient(printer.port())) {
      c.send("^XA^PQ3^XZ");
      await().until(() -> printer.jobs().size() == 1);
      await().until(() -> printer.status().labelsRemaining() == 0);
      assertThat(c.hostStatus()).contains(",00000000,1,000");
    }
    PrintJob job = printer.jobs().get(0);
    assertThat(Duration.between(job.receivedAt(), job.printedAt()))
        .isEqualTo(Duration.ofMillis(450));
  }
}
