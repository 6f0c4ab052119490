package org.scanstation.device.printer.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scanstation.device.printer.PrinterState;
import org.scanstation.device.printer.PrinterStatus;
import org.scanstation.device.printer.queue.FakeLabelPrinter.Mishap;

/** The job lifecycle and its exactly-once decisions, against a printer in memory. */
class PrintQueueTest {
  private static final QueueSettings FAST =
      new QueueSettings(
          Duration.ofMillis(5),
          Duration.ofMillis(40),
          Duration.ofMillis(400),
          Duration.ofMillis(30),
          Duration.ofMillis(50),
          100);

  private final FakeLabelPrinter printer = new FakeLabelPrinter();
  private final RecordingListener heard = new RecordingListener();
  private PrintQueue queue;

  private PrintQueue start(QueueSettings settings) {
    queue = new PrintQueue(printer, settings, Clock.systemUTC());
    queue.addListener(heard);
    queue.start();
    return queue;
  }

  @AfterEach
  void stop() {
    if (queue != null) {
      queue.close();
    }
  }

  private static PrintJob job(String id) {
    return PrintJob.of(id, ("^XA^FD" + id + "^FS^XZ").getBytes(StandardCharsets.US_ASCII));
  }

  private void awaitState(String id, JobState state) {
    await().atMost(Duration.ofSeconds(5)).until(() -> heard.state(id) == state);
  }

  @Test
  void printsJobsInOrderEachOnceAndSaysWhatProvedIt() {
    start(FAST);
    for (int i = 1; i <= 5; i++) {
      queue.submit(job("j" + i));
    }
    awaitState("j5", JobState.PRINTED);
    assertThat(printer.printed())
        .containsExactly(
            "^XA^FDj1^FS^XZ",
            "^XA^FDj2^FS^XZ",
            "^XA^FDj3^FS^XZ",
            "^XA^FDj4^FS^XZ",
            "^XA^FDj5^FS^XZ");
    assertThat(printer.sends()).isEqualTo(5);
    assertThat(heard.states("j1"))
        .containsExactly(JobState.QUEUED, JobState.SENDING, JobState.PRINTED);
    JobEvent done = heard.last("j1").orElseThrow();
    assertThat(done.confirmation()).isEqualTo(Confirmation.PRINTER_METER);
    assertThat(done.attempts()).isEqualTo(1);
    assertThat(done.message())
        .startsWith("printer fake at memory: printed (print meter 600 → 606)");
    await().until(() -> queue.view().waiting() == 0);
  }

  /** Starts the queue with a listener that records sends as {@code recorder} says, then ours. */
  private void startRecordingWith(Predicate<JobEvent> recorder) {
    queue = new PrintQueue(printer, FAST, Clock.systemUTC());
    queue.addListener(
        new PrintQueueListener() {
          @Override
          public void jobChanged(JobEvent event) {}

          @Override
          public boolean mayPrint(JobEvent sending) {
            return recorder.test(sending);
          }
        });
    queue.addListener(heard);
    queue.start();
  }

  @Test
  void aJobWhoseSendingCannotBeRecordedIsHeldUnsentAndGoesOnceItCan() {
    AtomicBoolean recordable = new AtomicBoolean(false);
    AtomicInteger asked = new AtomicInteger();
    startRecordingWith(
        sending -> {
          asked.incrementAndGet();
          assertThat(sending.state()).isEqualTo(JobState.SENDING);
          assertThat(sending.mayBeAtPrinter()).isTrue();
          return recordable.get();
        });
    queue.submit(job("j1"));
    await().atMost(Duration.ofSeconds(5)).until(() -> asked.get() >= 3);
    assertThat(printer.sends()).isZero();
    assertThat(heard.state("j1")).isEqualTo(JobState.HELD);
    assertThat(heard.last("j1").orElseThrow().mayBeAtPrinter()).isFalse();
    assertThat(heard.last("j1").orElseThrow().message()).contains("cannot record");
    recordable.set(true);
    awaitState("j1", JobState.PRINTED);
    assertThat(printer.sends()).isEqualTo(1);
    assertThat(heard.last("j1").orElseThrow().attempts()).isEqualTo(1);
  }

  @Test
  void aJobItsOwnerWithdrewIsDroppedUnsentNotHeldAndTheNextOnePrints() {
    queue = new PrintQueue(printer, FAST, Clock.systemUTC());
    queue.addListener(
        new PrintQueueListener() {
          @Override
          public void jobChanged(JobEvent event) {}

          @Override
          public boolean mayPrint(JobEvent sending) {
            return !sending.jobId().equals("void");
          }

          @Override
          public boolean withdrawn(JobEvent sending) {
            return sending.jobId().equals("void");
          }
        });
    queue.addListener(heard);
    queue.start();
    queue.submit(job("void"));
    queue.submit(job("j2"));
    awaitState("j2", JobState.PRINTED);
    assertThat(heard.states("void")).containsExactly(JobState.QUEUED, JobState.CANCELLED);
    assertThat(heard.last("void").orElseThrow().message()).contains("withdrawn");
    assertThat(printer.printed()).containsExactly("^XA^FDj2^FS^XZ");
    await().until(() -> queue.view().waiting() == 0);
  }

  @Test
  void aListenerThatFailsWhileRecordingASendStopsTheSend() {
    startRecordingWith(
        sending -> {
          throw new IllegalStateException("store is read-only");
        });
    queue.submit(job("j1"));
    awaitState("j1", JobState.HELD);
    assertThat(printer.sends()).isZero();
  }

  @Test
  void aFaultedPrinterHoldsJobsUnsentAndTheyResumeByThemselves() {
    printer.fault(PrinterState.PAPER_OUT, true);
    start(FAST);
    queue.submit(job("a"));
    queue.submit(job("b"));
    awaitState("a", JobState.HELD);
    assertThat(heard.last("a").orElseThrow().message())
        .isEqualTo("printer fake at memory: paper out — load labels and close the head");
    assertThat(heard.last("a").orElseThrow().mayBeAtPrinter()).isFalse();
    QueueView view = queue.view();
    assertThat(view.waiting()).isEqualTo(2);
    assertThat(view.oldestJobId()).isEqualTo("a");
    assertThat(view.oldestState()).isEqualTo(JobState.HELD);
    assertThat(view.status().state()).isEqualTo(PrinterState.PAPER_OUT);
    assertThat(printer.sends()).isZero();

    printer.fault(PrinterState.PAPER_OUT, false);
    awaitState("b", JobState.PRINTED);
    assertThat(printer.printed()).containsExactly("^XA^FDa^FS^XZ", "^XA^FDb^FS^XZ");
    assertThat(printer.sends()).isEqualTo(2);
  }

  @Test
  void aSilentOrUnreachablePrinterHoldsJobsToo() {
    printer.silent(true);
    start(FAST);
    queue.submit(job("s"));
    awaitState("s", JobState.HELD);
    assertThat(heard.last("s").orElseThrow().message()).contains("does not answer status queries");
    printer.silent(false);
    printer.unreachable(true);
    await().until(() -> heard.last("s").orElseThrow().message().contains("cannot be reached"));
    printer.unreachable(false);
    awaitState("s", JobState.PRINTED);
    assertThat(printer.printed()).hasSize(1);
  }

  @Test
  void aJobCutBeforeItsEndIsSimplySentAgain() {
    printer.next(Mishap.CUT_BEFORE_END);
    start(FAST);
    queue.submit(job("c"));
    awaitState("c", JobState.PRINTED);
    assertThat(printer.sends()).isEqualTo(2);
    assertThat(printer.printed()).hasSize(1);
    assertThat(heard.states("c")).contains(JobState.HELD);
    assertThat(heard.last("c").orElseThrow().attempts()).isEqualTo(2);
  }

  @Test
  void aDroppedJobThatArrivedAnywayIsNotSentAgain() {
    printer.next(Mishap.DROPPED_AFTER_ARRIVAL);
    start(FAST);
    queue.submit(job("d"));
    awaitState("d", JobState.PRINTED);
    assertThat(printer.sends()).isEqualTo(1);
    assertThat(printer.printed()).hasSize(1);
    assertThat(heard.events("d"))
        .anyMatch(
            e ->
                e.state() == JobState.HELD
                    && e.mayBeAtPrinter()
                    && e.message().contains("asking the printer whether it got the label"));
  }

  @Test
  void aDroppedJobTheMeterShowsNeverArrivedIsSentOnceMore() {
    printer.next(Mishap.DROPPED_AND_LOST);
    start(FAST);
    queue.submit(job("l"));
    awaitState("l", JobState.PRINTED);
    assertThat(printer.sends()).isEqualTo(2);
    assertThat(printer.printed()).hasSize(1);
    assertThat(heard.events("l")).anyMatch(e -> e.message().contains("the label never arrived"));
  }

  @Test
  void anAcknowledgedJobThePrinterLostIsSentOnceMore() {
    printer.next(Mishap.ACKNOWLEDGED_THEN_LOST);
    start(FAST);
    queue.submit(job("x"));
    awaitState("x", JobState.PRINTED);
    assertThat(printer.sends()).isEqualTo(2);
    assertThat(printer.printed()).hasSize(1);
  }

  @Test
  void withoutAPrintMeterAnUncertainJobFailsForAPersonAndTheNextOnePrints() {
    printer.withoutMeter();
    printer.next(Mishap.DROPPED_AND_LOST);
    start(FAST);
    queue.submit(job("u"));
    queue.submit(job("v"));
    awaitState("v", JobState.PRINTED);
    assertThat(heard.state("u")).isEqualTo(JobState.FAILED);
    assertThat(heard.last("u").orElseThrow().message())
        .contains("cannot tell whether the label printed")
        .contains("if no label came out, reprint it");
    assertThat(printer.printed()).containsExactly("^XA^FDv^FS^XZ");
    assertThat(heard.last("v").orElseThrow().confirmation()).isEqualTo(Confirmation.PRINTER_BUFFER);
  }

  @Test
  void aJobTheLinkRefusesFailsAtOnce() {
    printer.next(Mishap.REFUSED);
    start(FAST);
    queue.submit(job("r"));
    awaitState("r", JobState.FAILED);
    assertThat(heard.last("r").orElseThrow().message()).contains("refused: a bitmap");
    assertThat(printer.printed()).isEmpty();
  }

  @Test
  void aPrinterThatNeverPrintsWhileReportingNoFaultFailsTheJobAsUnconfirmed() {
    printer.stuck(true);
    start(FAST);
    queue.submit(job("k"));
    awaitState("k", JobState.FAILED);
    assertThat(heard.last("k").orElseThrow().message())
        .contains("reports no fault but still holds 1 label(s)");
    assertThat(printer.sends()).isEqualTo(1);
  }

  @Test
  void resumedJobsAreNeverSentBeforeThePrinterIsAsked() {
    byte[] bytes = "^XA^FDr^FS^XZ".getBytes(StandardCharsets.US_ASCII);
    long before = printer.odometer();
    printer.printedElsewhere(bytes); // it printed just before the station died
    start(FAST);
    queue.submit(PrintJob.resumed("printed-before", bytes, before));
    queue.submit(PrintJob.resumed("never-arrived", bytes, printer.odometer()));
    queue.submit(PrintJob.resumed("no-reading", bytes, -1));
    awaitState("no-reading", JobState.FAILED);
    assertThat(heard.state("printed-before")).isEqualTo(JobState.PRINTED);
    assertThat(heard.state("never-arrived")).isEqualTo(JobState.PRINTED);
    assertThat(printer.sends()).as("only the one that never arrived").isEqualTo(1);
    assertThat(printer.printed()).hasSize(2);
    assertThat(heard.last("no-reading").orElseThrow().message())
        .contains("the station stopped while sending this label");
  }

  @Test
  void aResumedJobStillInTheFaultedPrintersBufferPrintsWhenTheFaultClears() {
    byte[] bytes = "^XA^FDh^FS^XZ".getBytes(StandardCharsets.US_ASCII);
    printer.fault(PrinterState.HEAD_OPEN, true);
    printer.holding(bytes);
    start(FAST);
    queue.submit(PrintJob.resumed("h", bytes, -1));
    await()
        .until(
            () -> heard.last("h").map(e -> e.message().contains("which holds it")).orElse(false));
    assertThat(heard.last("h").orElseThrow().mayBeAtPrinter()).isTrue();
    printer.fault(PrinterState.HEAD_OPEN, false);
    awaitState("h", JobState.PRINTED);
    assertThat(printer.sends()).isZero();
    assertThat(printer.printed()).hasSize(1);
  }

  @Test
  void aFullQueueRefusesWithAClearErrorAndDropsNothing() {
    printer.fault(PrinterState.HEAD_OPEN, true);
    start(
        new QueueSettings(
            Duration.ofMillis(5),
            Duration.ofMillis(40),
            Duration.ofMillis(400),
            Duration.ofMillis(30),
            Duration.ofMillis(50),
            2));
    assertThat(queue.submit(job("1"))).isTrue();
    assertThat(queue.submit(job("1"))).as("the same id twice").isFalse();
    queue.submit(job("2"));
    await().until(() -> queue.lastStatus() != null);
    assertThatThrownBy(() -> queue.submit(job("3")))
        .isInstanceOf(PrintQueueFullException.class)
        .hasMessageContaining("printer fake at memory: 2 jobs are already waiting (the limit)")
        .hasMessageContaining("job 3 was not queued and nothing was dropped")
        .hasMessageContaining("head open — close the print head");
    printer.fault(PrinterState.HEAD_OPEN, false);
    awaitState("2", JobState.PRINTED);
    assertThat(printer.printed()).containsExactly("^XA^FD1^FS^XZ", "^XA^FD2^FS^XZ");
  }

  @Test
  void tellsListenersWhenThePrinterChanges() {
    start(FAST);
    await().until(() -> !heard.statuses().isEmpty());
    printer.fault(PrinterState.PAUSED, true);
    await().until(() -> heard.statuses().stream().anyMatch(s -> s.state() == PrinterState.PAUSED));
    List<PrinterStatus> seen = heard.statuses();
    assertThat(seen.get(0).state()).isEqualTo(PrinterState.READY);
  }

  @Test
  void closingStopsAHeldJobAndRefusesNewOnes() {
    printer.fault(PrinterState.PAPER_OUT, true);
    start(FAST);
    queue.submit(job("held"));
    awaitState("held", JobState.HELD);
    queue.close();
    assertThat(heard.state("held")).isEqualTo(JobState.HELD);
    assertThatThrownBy(() -> queue.submit(job("late")))
        .isInstanceOf(PrintQueueFullException.class)
        .hasMessageContaining("closed");
    queue = null;
  }
}
