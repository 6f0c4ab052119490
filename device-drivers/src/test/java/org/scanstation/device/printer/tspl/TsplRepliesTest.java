package org.scanstation.device.printer.tspl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scanstation.device.DeviceException;
import org.scanstation.device.printer.PrinterState;
import org.scanstation.device.printer.PrinterStatus;

class TsplRepliesTest {
  private static final Instant AT = Instant.parse("2026-12-01T08:00:00Z");

  private static PrinterStatus flags(int bits) {
    return TsplStatus.of("r", "a", TsplFlags.parse(String.valueOf((char) bits)), null, "", AT);
  }

  private static PrinterStatus detail(String four) {
    TsplDetail d = TsplDetail.parse("\u0002" + four + "\u0003\r\n");
    return TsplStatus.of("r", "a", new TsplFlags(0), d, "", AT);
  }

  @Test
  void aZeroByteIsReady() {
    PrinterStatus s = flags(0x00);
    assertThat(s.ready()).isTrue();
    assertThat(s.knowsBuffer()).as("TSPL reports no buffer count").isFalse();
    assertThat(s.knowsOdometer()).as("nor a print meter").isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "1, HEAD_OPEN, head open — close the print head",
    "2, ERROR, error (paper jam)",
    "4, PAPER_OUT, paper out — load labels",
    "8, RIBBON_OUT, ribbon out — load a ribbon",
    "16, PAUSED, paused — press PAUSE",
    "64, ERROR, error (cover open)",
    "128, ERROR, error (temperature out of range)"
  })
  void everyFlagIsItsFault(int bit, PrinterState state, String words) {
    PrinterStatus s = flags(bit);
    assertThat(s.state()).isEqualTo(state);
    assertThat(s.describe()).contains(words);
  }

  @Test
  void printingIsNoFault() {
    assertThat(flags(0x20).ready()).isTrue();
  }

  @Test
  void severalFlagsNameTheFaultToFixFirstFirst() {
    PrinterStatus s = flags(0x01 | 0x04 | 0x10);
    assertThat(s.state()).isEqualTo(PrinterState.HEAD_OPEN);
    assertThat(s.faults())
        .containsExactly(PrinterState.HEAD_OPEN, PrinterState.PAPER_OUT, PrinterState.PAUSED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\u0002\u00030\r\n", "OK"})
  void aReplyThatIsNotOneByteIsNotAStatus(String reply) {
    assertThatThrownBy(() -> TsplFlags.parse(reply))
        .isInstanceOf(DeviceException.class)
        .hasMessageContaining("is not one status byte");
  }

  @ParameterizedTest
  @CsvSource({
    "@@@@, READY, ready",
    "`@@@, PAUSED, paused",
    "@H@@, BUFFER_FULL, receive buffer full",
    "@@A@, ERROR, print head overheat",
    "@@B@, ERROR, stepping motor overheat",
    "@@D@, ERROR, print head error",
    "@@H@, ERROR, cutter jam",
    "@@P@, ERROR, insufficient memory",
    "@@@A, PAPER_OUT, paper out",
    "@@@B, ERROR, paper jam",
    "@@@D, RIBBON_OUT, ribbon out",
    "@@@H, ERROR, ribbon jam",
    "@@@`, HEAD_OPEN, head open",
    "E@@@, ERROR, printer error",
    "K@@@, ERROR, waiting for its print key"
  })
  void everyDetailByteIsItsFault(String four, PrinterState state, String words) {
    PrinterStatus s = detail(four);
    assertThat(s.state()).isEqualTo(state);
    assertThat(s.describe()).contains(words);
  }

  @Test
  void warningsAloneAreNoFault() {
    assertThat(detail("@C@@").ready()).as("paper low, ribbon low").isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "@@@@", "\u0002@@@", "\u0002@@\u0003", "\u0002@@@\u0001\u0003"})
  void aPartialOrGarbledDetailIsNotAStatus(String reply) {
    assertThatThrownBy(() -> TsplDetail.parse(reply)).isInstanceOf(DeviceException.class);
  }

  @Test
  void aLateDetailBeforeTheRightOneIsSkipped() {
    TsplDetail d = TsplDetail.parse("\u0002@@@A\u0003\r\n\u0002@@@@\u0003\r\n");
    assertThat(d.media()).isZero();
    assertThat(TsplDetail.complete("\u0002@@")).isFalse();
    assertThat(TsplDetail.complete("\u0002@@@@\u0003")).isTrue();
  }
}
