package org.scanstation.device.printer.zpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scanstation.device.printer.Delivery;
import org.scanstation.device.printer.LabelPrinter;
import org.scanstation.device.printer.PrinterState;
import org.scanstation.device.printer.PrinterStatus;
import org.scanstation.device.printer.StatusSource;
import org.scanstation.device.printer.connect.Printers;
import org.scanstation.device.printer.queue.Fixtures;
import org.scanstation.simulator.printer.PrinterFault;
import org.scanstation.simulator.printer.SimulatedPrinter;

/** The raw TCP driver against the simulated Zebra: status, faults, silence, sending. */
class StreamPrinterTcpIT {
  private SimulatedPrinter sim = Fixtures.tcpPrinter();
  private LabelPrinter printer = open();

  private LabelPrinter open() {
    return Printers.open("dock-3", Fixtures.tcpUri(sim), Fixtures.OPTIONS, Clock.systemUTC());
  }

  @AfterEach
  void tearDown() {
    printer.close();
    sim.close();
  }

  @Test
  void aReadyPrinterReportsItsBufferAndPrintMeter() {
    PrinterStatus s = printer.status();
    assertThat(s.state()).isEqualTo(PrinterState.READY);
    assertThat(s.source()).isEqualTo(StatusSource.PRINTER);
    assertThat(s.formatsInBuffer()).isZero();
    assertThat(s.odometer()).isZero();
    assertThat(s.raw()).contains("\u0002030,0,0,1218").contains("PRINT METERS");
    assertThat(s.message()).isEqualTo("printer dock-3 at 127.0.0.1:" + sim.port() + ": ready");
  }

  @ParameterizedTest
  @CsvSource({
    "PAPER_OUT, PAPER_OUT, paper out — load labels",
    "RIBBON_OUT, RIBBON_OUT, ribbon out — load a ribbon",
    "HEAD_OPEN, HEAD_OPEN, head open — close the print head",
    "PAUSED, PAUSED, paused — press PAUSE",
    "BUFFER_FULL, BUFFER_FULL, receive buffer full — wait"
  })
  void eachFaultIsReportedWithItsFix(PrinterFault fault, PrinterState state, String words) {
    sim.setFault(fault, true);
    PrinterStatus s = printer.status();
    assertThat(s.state()).isEqualTo(state);
    assertThat(s.ready()).isFalse();
    assertThat(s.message()).startsWith("printer dock-3 at 127.0.0.1:").contains(words);
    sim.setFault(fault, false);
    assertThat(printer.status().state()).isEqualTo(PrinterState.READY);
  }

  @Test
  void aSilentPrinterIsUnresponsiveNeverOk() {
    sim.setFault(PrinterFault.SILENT, true);
    PrinterStatus s = printer.status();
    assertThat(s.state()).isEqualTo(PrinterState.UNRESPONSIVE);
    assertThat(s.describe())
        .isEqualTo(
            "does not answer status queries: no reply to ~HS within 400 ms — check the printer:"
                + " Zebras fall silent while out of paper or ribbon or with the head open; a TSPL or"
                + " EPL2 printer never answers ~HS (if it is one, set ?lang=tspl or ?lang=epl in"
                + " its URI)");
  }

  @Test
  void aPrinterMutedByItsFaultIsUnresponsiveToo() {
    sim.close();
    sim =
        SimulatedPrinter.onTcp(
            InetAddress.getLoopbackAddress(), 0, Fixtures.PRINTER.withMuteWhenFaulted(true));
    printer.close();
    printer = open();
    sim.setFault(PrinterFault.HEAD_OPEN, true);
    assertThat(printer.status().state()).isEqualTo(PrinterState.UNRESPONSIVE);
    sim.setFault(PrinterFault.HEAD_OPEN, false);
    assertThat(printer.status().state()).isEqualTo(PrinterState.READY);
  }

  @Test
  void aRefusedConnectionIsUnreachableWithTheFixAndItReconnectsAfter() {
    sim.setFault(PrinterFault.REFUSE_CONNECTIONS, true);
    printer.close(); // the kept connection would outlive the listener
    PrinterStatus s = printer.status();
    assertThat(s.state()).isEqualTo(PrinterState.UNREACHABLE);
    assertThat(s.message())
        .contains(
            "cannot be reached: connection refused — is the printer on, and is "
                + sim.port()
                + " its raw port");
    sim.setFault(PrinterFault.REFUSE_CONNECTIONS, false);
    assertThat(printer.status().state()).isEqualTo(PrinterState.READY);
  }

  @Test
  void aConnectionThePrinterDroppedIsReplacedWithoutAFalseAlarm() {
    assertThat(printer.status().ready()).isTrue();
    int port = sim.port();
    sim.close(); // a printer restarting closes its connections
    sim = SimulatedPrinter.onTcp(InetAddress.getLoopbackAddress(), port, Fixtures.PRINTER);
    assertThat(printer.status().state()).isEqualTo(PrinterState.READY);
  }

  @Test
  void aSentJobIsAcknowledgedAndArrivesByteForByte() {
    Delivery d = printer.send(Fixtures.label("9400111899223197428497"));
    assertThat(d).isInstanceOf(Delivery.Acknowledged.class);
    assertThat(sim.jobs()).hasSize(1);
    assertThat(sim.jobs().get(0).zplText()).isEqualTo(Fixtures.kept("9400111899223197428497"));
    assertThat(sim.jobs().get(0).barcodes().get(0).data())
        .isEqualTo("42092612\u001D9400111899223197428497");
    await().atMost(Duration.ofSeconds(5)).until(() -> printer.status().odometer() == 6);
  }

  @Test
  void aJobDroppedMidwayIsNeverAcknowledged() {
    sim.setFault(PrinterFault.DROP_MID_JOB, true);
    Delivery d = printer.send(Fixtures.label("9400111899223197428497"));
    assertThat(d).isNotInstanceOf(Delivery.Acknowledged.class);
    assertThat(sim.counters().formatsReceived()).isZero();
    assertThat(sim.counters().formatsDropped()).isEqualTo(1);
  }

  @Test
  void somethingThatIsNotZplIsRefusedUnsent() {
    Delivery d = printer.send("hello printer".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    assertThat(d).isInstanceOf(Delivery.Refused.class);
    assertThat(((Delivery.Refused) d).reason()).contains("not a ZPL format");
    assertThat(sim.counters().connections()).isZero();
  }
}
