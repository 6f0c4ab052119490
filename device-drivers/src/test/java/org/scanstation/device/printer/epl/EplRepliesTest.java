package org.scanstation.device.printer.epl;

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

class EplRepliesTest {
  private static final Instant AT = Instant.parse("2026-12-01T08:00:00Z");

  private static PrinterStatus of(String reply) {
    return EplStatus.of("e", "a", EplErrors.parse(reply), reply, AT);
  }

  @Test
  void zeroZeroIsReady() {
    PrinterStatus s = of("00\r\n");
    assertThat(s.ready()).isTrue();
    assertThat(s.knowsBuffer()).isFalse();
    assertThat(s.knowsOdometer()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "'07\r\n', PAPER_OUT, out of labels or ribbon (EPL2 error 07) — load labels",
    "'11\r\n', HEAD_OPEN, head open — close the print head",
    "'12\r\n', PAUSED, paused",
    "'01\r\n', ERROR, syntax error in a job (EPL2 error 01)",
    "'04\r\n', ERROR, insufficient memory (EPL2 error 04)",
    "'50\r\n', ERROR, error (EPL2 error 50)"
  })
  void everyCodeIsItsFault(String reply, PrinterState state, String words) {
    PrinterStatus s = of(reply);
    assertThat(s.state()).isEqualTo(state);
    assertThat(s.describe()).contains(words);
  }

  @Test
  void aListOfCodesNamesEveryFault() {
    PrinterStatus s = of("07 11,03\r\n");
    assertThat(s.state()).isEqualTo(PrinterState.HEAD_OPEN);
    assertThat(s.faults())
        .containsExactly(PrinterState.HEAD_OPEN, PrinterState.PAPER_OUT, PrinterState.ERROR);
    assertThat(s.describe())
        .contains("head open — close the print head")
        .contains("out of labels or ribbon")
        .contains("bar code data length error");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\r\n", "7\r\n", "OK\r\n", "\u000230,1,0\u0003\r\n", "07;11\r\n"})
  void garbageIsNotAStatus(String reply) {
    assertThatThrownBy(() -> EplErrors.parse(reply))
        .isInstanceOf(DeviceException.class)
        .hasMessageContaining("is not a line of two-digit error codes");
  }

  @Test
  void aReplyIsCompleteAtItsLineEnd() {
    assertThat(EplErrors.complete("0")).isFalse();
    assertThat(EplErrors.complete("00\r")).isFalse();
    assertThat(EplErrors.complete("00\r\n")).isTrue();
  }
}
