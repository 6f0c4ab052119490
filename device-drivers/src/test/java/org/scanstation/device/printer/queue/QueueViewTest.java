package org.scanstation.device.printer.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scanstation.device.printer.PrinterState;
import org.scanstation.device.printer.PrinterStatus;
import org.scanstation.device.printer.StatusSource;

class QueueViewTest {
  private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
  private static final String WHO = "printer dock-3 at 10.0.0.7:9100: ";

  private static PrinterStatus status(PrinterState state) {
    Set<PrinterState> faults = state == PrinterState.READY ? Set.of() : Set.of(state);
    return new PrinterStatus(
        "dock-3",
        "10.0.0.7:9100",
        state,
        faults,
        0,
        0,
        10,
        List.of(),
        StatusSource.PRINTER,
        "",
        null,
        T0);
  }

  private static QueueView view(int waiting, int held, String message, PrinterStatus s) {
    return new QueueView(
        "dock-3", "10.0.0.7:9100", waiting, held, T0, "j1", JobState.HELD, message, s);
  }

  @Test
  void aReadyPrinterHoldingJobsIsHoldingAndNotReady() {
    QueueView v =
        view(
            3,
            3,
            WHO + "the label never arrived (connection reset); sending it again",
            status(PrinterState.READY));
    assertThat(v.ready()).isFalse();
    assertThat(v.state()).isEqualTo("HOLDING");
    assertThat(v.describe())
        .isEqualTo("3 jobs held: the label never arrived (connection reset); sending it again");
  }

  @Test
  void oneHeldJobIsSaidInTheSingular() {
    assertThat(view(1, 1, "waiting", status(PrinterState.READY)).describe())
        .isEqualTo("1 job held: waiting");
  }

  @Test
  void aFaultedPrinterShowsItsFaultNotHolding() {
    QueueView v = view(2, 2, WHO + "head open", status(PrinterState.HEAD_OPEN));
    assertThat(v.ready()).isFalse();
    assertThat(v.state()).isEqualTo("HEAD_OPEN");
    assertThat(v.describe()).startsWith("head open");
  }

  @Test
  void aReadyPrinterWithNothingHeldIsReady() {
    QueueView v = view(1, 0, WHO + "printing", status(PrinterState.READY));
    assertThat(v.ready()).isTrue();
    assertThat(v.state()).isEqualTo("READY");
    assertThat(v.describe()).isEqualTo("ready");
  }

  @Test
  void beforeTheFirstPollItIsChecking() {
    QueueView v = new QueueView("dock-3", "x", 0, 0, null, null, null, null, null);
    assertThat(v.ready()).isFalse();
    assertThat(v.state()).isEqualTo("CHECKING");
    assertThat(v.describe()).isEqualTo("not asked yet");
  }
}
