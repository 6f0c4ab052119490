package org.scanstation.simulator.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatusRepliesTest {
  private static String hs(Set<PrinterFault> faults, int formats, int labels, boolean partial) {
    return new String(
        StatusReplies.hostStatus(new PrinterStatus(faults, formats, labels, partial)),
        StandardCharsets.US_ASCII);
  }

  private static String hqes(Set<PrinterFault> faults) {
    return new String(
        StatusReplies.extendedStatus(new PrinterStatus(faults, 0, 0, false)),
        StandardCharsets.US_ASCII);
  }

  @Test
  void hostStatusOfAnIdlePrinter() {
    assertThat(hs(Set.of(), 0, 0, false))
        .isEqualTo(
            "\u0002030,0,0,1218,000,0,0,0,000,0,0,0\u0003\r\n"
                + "\u0002000,0,0,0,0,2,0,0,00000000,1,000\u0003\r\n"
                + "\u00021234,0\u0003\r\n");
  }

  @Test
  void hostStatusCarriesEveryFlag() {
    String s =
        hs(
            EnumSet.of(
                PrinterFault.PAPER_OUT,
                PrinterFault.PAUSED,
                PrinterFault.BUFFER_FULL,
                PrinterFault.HEAD_OPEN,
                PrinterFault.RIBBON_OUT),
            12,
            34,
            true);
    String[] lines = s.split("\r\n");
    assertThat(lines[0]).isEqualTo("\u0002030,1,1,1218,012,1,0,1,000,0,0,0\u0003");
    assertThat(lines[1]).isEqualTo("\u0002000,0,1,1,0,2,0,0,00000034,1,000\u0003");
  }

  @Test
  void extendedStatusWithoutErrors() {
    assertThat(hqes(Set.of()))
        .isEqualTo(
            "\u0002\r\n\r\n  PRINTER STATUS\r\n"
                + "   ERRORS:         0 00000000 00000000\r\n"
                + "   WARNINGS:       0 00000000 00000000\r\n\u0003");
  }

  @Test
  void extendedStatusErrorBits() {
    assertThat(hqes(EnumSet.of(PrinterFault.PAPER_OUT, PrinterFault.HEAD_OPEN)))
        .contains("   ERRORS:         1 00000000 00000005\r\n");
    assertThat(hqes(EnumSet.of(PrinterFault.RIBBON_OUT)))
        .contains("   ERRORS:         1 00000000 00000002\r\n");
    assertThat(hqes(EnumSet.of(PrinterFault.PAUSED, PrinterFault.BUFFER_FULL)))
        .contains("   ERRORS:         0 00000000 00000000\r\n");
  }

  @Test
  void odometerInTheGuidesLayout() {
    assertThat(new String(StatusReplies.odometer(8560), StandardCharsets.US_ASCII))
        .isEqualTo(
            "\u0002\r\n\r\n  PRINT METERS\r\n"
                + "   TOTAL NONRESETTABLE:         8560 \"\r\n"
                + "   USER RESETTABLE CNTR1:       8560 \"\r\n"
                + "   USER RESETTABLE CNTR2:       8560 \"\r\n\u0003");
  }
}
