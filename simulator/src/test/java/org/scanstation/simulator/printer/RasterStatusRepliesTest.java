package org.scanstation.simulator.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RasterStatusRepliesTest {
  private static PrinterStatus status(int labelsWaiting, PrinterFault... faults) {
    return new PrinterStatus(Set.of(faults), labelsWaiting > 0 ? 1 : 0, labelsWaiting, false);
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.US_ASCII);
  }

  @Test
  void tsplFlagsFollowTheTscBitLayout() {
    assertThat(RasterStatusReplies.tsplFlags(status(0))).containsExactly(0x00);
    assertThat(RasterStatusReplies.tsplFlags(status(0, PrinterFault.HEAD_OPEN)))
        .containsExactly(0x01);
    assertThat(RasterStatusReplies.tsplFlags(status(0, PrinterFault.PAPER_OUT)))
        .containsExactly(0x04);
    assertThat(RasterStatusReplies.tsplFlags(status(0, PrinterFault.RIBBON_OUT)))
        .containsExactly(0x08);
    assertThat(RasterStatusReplies.tsplFlags(status(0, PrinterFault.PAUSED))).containsExactly(0x10);
    assertThat(RasterStatusReplies.tsplFlags(status(3))).containsExactly(0x20);
    assertThat(
            RasterStatusReplies.tsplFlags(
                status(3, PrinterFault.PAPER_OUT, PrinterFault.HEAD_OPEN)))
        .as("held labels are not printing")
        .containsExactly(0x05);
  }

  @Test
  void tsplStatusIsFourAtBasedBytesBetweenStxAndEtx() {
    assertThat(text(RasterStatusReplies.tsplStatus(status(0)))).isEqualTo("\u0002@@@@\u0003\r\n");
    assertThat(text(RasterStatusReplies.tsplStatus(status(2)))).isEqualTo("\u0002P@@@\u0003\r\n");
    assertThat(
            text(
                RasterStatusReplies.tsplStatus(
                    status(
                        0,
                        PrinterFault.PAPER_OUT,
                        PrinterFault.RIBBON_OUT,
                        PrinterFault.HEAD_OPEN))))
        .isEqualTo("\u0002E@@" + (char) 0x65 + "\u0003\r\n");
    assertThat(text(RasterStatusReplies.tsplStatus(status(0, PrinterFault.BUFFER_FULL))))
        .isEqualTo("\u0002@H@@\u0003\r\n");
  }

  @Test
  void eplListsItsErrorCodesOrZero() {
    assertThat(text(RasterStatusReplies.eplErrors(status(0)))).isEqualTo("00\r\n");
    assertThat(text(RasterStatusReplies.eplErrors(status(0, PrinterFault.RIBBON_OUT))))
        .isEqualTo("07\r\n");
    assertThat(
            text(
                RasterStatusReplies.eplErrors(
                    status(0, PrinterFault.PAUSED, PrinterFault.PAPER_OUT))))
        .isEqualTo("07,12\r\n");
    assertThat(text(RasterStatusReplies.eplErrors(status(0, PrinterFault.SILENT))))
        .as("silence is not an error the printer knows of")
        .isEqualTo("00\r\n");
  }
}
