package org.scanstation.device.printer.zpl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.scanstation.device.printer.PrinterState;
import org.scanstation.device.printer.PrinterStatus;
import org.scanstation.device.printer.link.PortSignals;
import org.scanstation.device.printer.stream.PortStatus;

/** What the drivers tell people: the state, every fault in order, and the fix. */
class PrinterStatusTest {
  private static final Instant AT = Instant.parse("2026-01-05T08:00:00Z");
  private static final String STX = "\u0002";
  private static final String ETX = "\u0003";

  private static HostStatusReply hs(String one, String two) {
    return HostStatusReply.parse(
        STX + one + ETX + "\r\n" + STX + two + ETX + "\r\n" + STX + "1234,0" + ETX + "\r\n");
  }

  private static PrinterStatus of(HostStatusReply hs, ExtendedStatusReply es) {
    return ZplStatus.of("dock-3", "10.0.0.7:9100", hs, es, 120, "raw", AT);
  }

  @Test
  void aReadyPrinterSaysSoAndWhatItIsPrinting() {
    PrinterStatus s =
        of(hs("030,0,0,1218,001,0,0,0,000,0,0,0", "000,0,0,0,0,2,0,0,00000002,1,000"), null);
    assertThat(s.state()).isEqualTo(PrinterState.READY);
    assertThat(s.ready()).isTrue();
    assertThat(s.drained()).isFalse();
    assertThat(s.odometer()).isEqualTo(120);
    assertThat(s.message()).isEqualTo("printer dock-3 at 10.0.0.7:9100: ready, printing (2 to go)");
  }

  @Test
  void namesEveryFaultWithItsFixTheWorstFirst() {
    PrinterStatus s =
        of(hs("030,1,1,1218,000,0,0,0,000,0,0,0", "000,0,1,0,0,2,0,0,00000000,1,000"), null);
    assertThat(s.state()).isEqualTo(PrinterState.HEAD_OPEN);
    assertThat(s.faults())
        .containsExactly(PrinterState.HEAD_OPEN, PrinterState.PAPER_OUT, PrinterState.PAUSED);
    assertThat(s.message())
        .isEqualTo(
            "printer dock-3 at 10.0.0.7:9100: head open — close the print head; paper out —"
                + " load labels and close the head; paused — press PAUSE on the printer to"
                + " resume");
  }

  @Test
  void extendedStatusAddsErrorsHostStatusHasNoFlagFor() {
    PrinterStatus s =
        of(
            hs("030,0,0,1218,000,1,0,0,000,0,0,0", "000,0,0,0,0,2,0,0,00000000,1,000"),
            new ExtendedStatusReply(0x8 | 0x2, 0));
    assertThat(s.faults())
        .containsExactly(PrinterState.RIBBON_OUT, PrinterState.ERROR, PrinterState.BUFFER_FULL);
    assertThat(s.describe())
        .contains("ribbon out — load a ribbon")
        .contains("error (cutter fault) — see the printer's display")
        .contains("receive buffer full — wait");
  }

  @Test
  void silenceIsAFaultWithTheReasonAndAFix() {
    PrinterStatus s =
        PrinterStatus.unresponsive("dock-3", "10.0.0.7:9100", "no reply to ~HS within 2000 ms", AT);
    assertThat(s.ready()).isFalse();
    assertThat(s.answered()).isFalse();
    assertThat(s.message())
        .isEqualTo(
            "printer dock-3 at 10.0.0.7:9100: does not answer status queries: no reply to ~HS"
                + " within 2000 ms — check the printer: Zebras fall silent while out of paper or"
                + " ribbon or with the head open");
    PrinterStatus refused =
        PrinterStatus.unreachable(
            "dock-3", "10.0.0.7:9100", "connection refused — is the printer on?", AT);
    assertThat(refused.describe())
        .isEqualTo("cannot be reached: connection refused — is the printer on?");
  }

  @Test
  void portSignalsOfAOneWayPrinter() {
    assertThat(PortStatus.of("u", "USB", PortSignals.of(0x18), AT).state())
        .isEqualTo(PrinterState.READY);
    assertThat(PortStatus.of("u", "USB", PortSignals.of(0x38), AT).state())
        .isEqualTo(PrinterState.PAPER_OUT);
    assertThat(PortStatus.of("u", "USB", PortSignals.of(0x10), AT).state())
        .isEqualTo(PrinterState.ERROR);
    assertThat(PortStatus.of("u", "USB", PortSignals.of(0x08), AT).state())
        .isEqualTo(PrinterState.PAUSED);
    assertThat(PortStatus.of("u", "USB", PortSignals.of(0x18), AT).knowsBuffer()).isFalse();
  }
}
