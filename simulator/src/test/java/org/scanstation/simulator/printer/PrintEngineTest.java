package org.scanstation.simulator.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scanstation.common.testing.MutableClock;

class PrintEngineTest {
  private final MutableClock clock = MutableClock.at("2026-01-05T08:00:00Z");
  private PrintEngine engine;

  @BeforeEach
  void setUp() {
    engine =
        new PrintEngine(
            PrinterSettings.defaults().withPerLabel(Duration.ofSeconds(1)).withClock(clock));
  }

  private void receive(String zpl) {
    engine.formatStarted();
    byte[] bytes = zpl.getBytes(StandardCharsets.ISO_8859_1);
    engine.formatReceived(bytes, ZplFields.read(bytes));
  }

  private void tick(long millis) {
    clock.advance(Duration.ofMillis(millis));
  }

  @Test
  void labelsPrintOneAfterAnotherAtTheirSpeed() {
    receive("^XA^PQ2^XZ");
    receive("^XA^XZ");
    assertThat(engine.status().labelsRemaining()).isEqualTo(3);
    assertThat(engine.status().formatsWaiting()).isEqualTo(2);
    tick(999);
    assertThat(engine.counters().labelsPrinted()).isZero();
    tick(1);
    assertThat(engine.counters().labelsPrinted()).isEqualTo(1);
    tick(1000);
    assertThat(engine.jobs())
        .extracting(PrintJob::state)
        .containsExactly(JobState.PRINTED, JobState.QUEUED);
    assertThat(engine.jobs().get(0).printedAt()).isEqualTo(clock.instant());
    tick(5000);
    assertThat(engine.status().labelsRemaining()).isZero();
    assertThat(engine.counters().formatsPrinted()).isEqualTo(2);
  }

  @Test
  void aHaltingFaultHoldsJobsAndKeepsProgress() {
    receive("^XA^XZ");
    tick(600);
    engine.setFault(PrinterFault.PAPER_OUT, true);
    tick(10_000);
    assertThat(engine.jobs().get(0).state()).isEqualTo(JobState.QUEUED);
    receive("^XA^XZ");
    assertThat(engine.status().formatsWaiting()).isEqualTo(2);
    engine.setFault(PrinterFault.PAPER_OUT, false);
    tick(400);
    assertThat(engine.counters().formatsPrinted()).isEqualTo(1);
    tick(1000);
    assertThat(engine.counters().formatsPrinted()).isEqualTo(2);
  }

  @Test
  void everyHaltingFaultHalts() {
    for (PrinterFault f : PrinterFault.values()) {
      setUp();
      receive("^XA^XZ");
      engine.setFault(f, true);
      tick(2000);
      boolean printed = engine.counters().formatsPrinted() == 1;
      assertThat(printed).as(f.name()).isEqualTo(!f.haltsPrinting());
    }
  }

  @Test
  void aFullBufferDiscardsWhatArrives() {
    engine.setFault(PrinterFault.BUFFER_FULL, true);
    receive("^XA^XZ");
    assertThat(engine.jobs()).extracting(PrintJob::state).containsExactly(JobState.DISCARDED);
    assertThat(engine.counters().formatsDiscarded()).isEqualTo(1);
    assertThat(engine.status().formatsWaiting()).isZero();
  }

  @Test
  void tildeCommandsCancelPauseAndResume() {
    receive("^XA^PQ5^XZ");
    assertThat(engine.immediate("PP")).isNull();
    assertThat(engine.faults()).containsExactly(PrinterFault.PAUSED);
    assertThat(new String(engine.immediate("HS"), StandardCharsets.US_ASCII))
        .startsWith("\u0002030,0,1,");
    engine.immediate("PS");
    assertThat(engine.faults()).isEmpty();
    engine.immediate("JA");
    assertThat(engine.jobs()).extracting(PrintJob::state).containsExactly(JobState.CANCELLED);
    assertThat(engine.counters().formatsCancelled()).isEqualTo(1);
  }

  @Test
  void silentAnswersNothingAndCountsIt() {
    engine.setFault(PrinterFault.SILENT, true);
    assertThat(engine.immediate("HS")).isNull();
    assertThat(engine.immediate("HQES")).isNull();
    assertThat(engine.counters().queriesUnanswered()).isEqualTo(2);
    engine.setFault(PrinterFault.SILENT, false);
    assertThat(engine.immediate("HS")).isNotNull();
    assertThat(engine.counters().queriesAnswered()).isEqualTo(1);
  }

  @Test
  void mutedWhenFaultedOnlyIfAskedTo() {
    engine.setFault(PrinterFault.HEAD_OPEN, true);
    assertThat(engine.immediate("HS")).isNotNull();
    PrintEngine muted =
        new PrintEngine(PrinterSettings.defaults().withMuteWhenFaulted(true).withClock(clock));
    muted.setFault(PrinterFault.PAUSED, true);
    assertThat(muted.immediate("HS")).isNotNull();
    muted.setFault(PrinterFault.RIBBON_OUT, true);
    assertThat(muted.immediate("HQES")).isNull();
  }

  @Test
  void theOdometerCountsPrintedLabelsOnly() {
    assertThat(odometer()).contains("TOTAL NONRESETTABLE:            0 \"");
    receive("^XA^PQ2^XZ");
    engine.setFault(PrinterFault.PAPER_OUT, true);
    tick(10_000);
    assertThat(odometer()).contains("TOTAL NONRESETTABLE:            0 \"");
    engine.setFault(PrinterFault.PAPER_OUT, false);
    tick(2_000);
    assertThat(odometer()).contains("TOTAL NONRESETTABLE:           12 \"");
    engine.setFault(PrinterFault.SILENT, true);
    assertThat(engine.immediate("HQOD")).isNull();
  }

  private String odometer() {
    return new String(engine.immediate("HQOD"), StandardCharsets.US_ASCII);
  }

  @Test
  void aPartialFormatShowsInStatus() {
    engine.formatStarted();
    assertThat(engine.status().partialFormat()).isTrue();
    engine.formatAbandoned();
    assertThat(engine.status().partialFormat()).isFalse();
    assertThat(engine.counters().formatsDropped()).isEqualTo(1);
  }
}
