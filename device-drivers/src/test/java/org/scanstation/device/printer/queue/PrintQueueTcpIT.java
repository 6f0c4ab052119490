package org.scanstation.device.printer.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scanstation.device.printer.connect.Printers;
import org.scanstation.simulator.printer.PrinterFault;
import org.scanstation.simulator.printer.SimulatedPrinter;

/** The job lifecycle over raw TCP against the simulated Zebra, through every fault. */
class PrintQueueTcpIT {
  private static final String A = "9400111899223197428497";
  private static final String B = "9400111899223197428503";

  private final SimulatedPrinter sim = Fixtures.tcpPrinter();
  private final RecordingListener heard = new RecordingListener();
  private final PrintQueue queue =
      new PrintQueue(
          Printers.open("dock-3", Fixtures.tcpUri(sim), Fixtures.OPTIONS, Clock.systemUTC()),
          Fixtures.QUEUE,
          Clock.systemUTC());

  PrintQueueTcpIT() {
    queue.addListener(heard);
    queue.start();
  }

  @AfterEach
  void tearDown() {
    queue.close();
    sim.close();
  }

  private void awaitState(String id, JobState state) {
    await().atMost(Duration.ofSeconds(10)).until(() -> heard.state(id) == state);
  }

  private List<String> received() {
    return sim.jobs().stream().map(j -> j.zplText()).toList();
  }

  @ParameterizedTest
  @CsvSource({
    "PAPER_OUT, paper out — load labels",
    "RIBBON_OUT, ribbon out — load a ribbon",
    "HEAD_OPEN, head open — close the print head",
    "PAUSED, paused — press PAUSE",
    "BUFFER_FULL, receive buffer full",
    "SILENT, does not answer status queries",
    "REFUSE_CONNECTIONS, connection refused"
  })
  void heldJobsPrintExactlyOnceAndInOrderWhenTheFaultClears(PrinterFault fault, String words) {
    sim.setFault(fault, true);
    queue.printer().close(); // as if the station had just started: no connection kept
    queue.submit(PrintJob.of("a", Fixtures.label(A)));
    queue.submit(PrintJob.of("b", Fixtures.label(B)));
    awaitState("a", JobState.HELD);
    assertThat(heard.last("a").orElseThrow().message())
        .startsWith("printer dock-3 at 127.0.0.1:" + sim.port() + ": ")
        .contains(words);
    assertThat(queue.view().waiting()).isEqualTo(2);
    assertThat(queue.view().oldestState()).isEqualTo(JobState.HELD);
    assertThat(sim.counters().formatsReceived()).as("nothing is sent while held").isZero();

    sim.setFault(fault, false);
    awaitState("b", JobState.PRINTED);
    assertThat(received()).containsExactly(Fixtures.kept(A), Fixtures.kept(B));
    assertThat(sim.counters().formatsPrinted()).isEqualTo(2);
    assertThat(heard.last("a").orElseThrow().confirmation()).isEqualTo(Confirmation.PRINTER_METER);
  }

  @Test
  void aJobDroppedMidJobIsSentAgainOnlyBecauseThePrinterShowsItNeverArrived() {
    sim.setFault(PrinterFault.DROP_MID_JOB, true);
    queue.submit(PrintJob.of("d", Fixtures.label(A)));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> heard.events("d").stream().anyMatch(e -> e.message().contains("never arrived")));
    sim.setFault(PrinterFault.DROP_MID_JOB, false);
    awaitState("d", JobState.PRINTED);
    assertThat(sim.counters().formatsReceived()).isEqualTo(1);
    assertThat(sim.counters().formatsPrinted()).isEqualTo(1);
    assertThat(sim.counters().formatsDropped()).isPositive();
  }

  @Test
  void aPrinterWhoseConnectionDropsWithAJobInFlightIsNotReadyUntilTheHeldJobsPrint() {
    sim.setFault(PrinterFault.DROP_MID_JOB, true);
    queue.submit(PrintJob.of("d", Fixtures.label(A)));
    queue.submit(PrintJob.of("e", Fixtures.label(B)));
    awaitState("d", JobState.HELD);
    await()
        .during(Duration.ofMillis(600))
        .atMost(Duration.ofSeconds(5))
        .until(() -> !queue.view().ready() && queue.view().held() == 2);
    QueueView held = queue.view();
    assertThat(held.status().ready()).as("the printer itself answers READY").isTrue();
    assertThat(held.state()).isEqualTo(QueueView.HOLDING);
    assertThat(held.describe()).startsWith("2 jobs held: ").doesNotContain("printer dock-3 at");

    sim.setFault(PrinterFault.DROP_MID_JOB, false);
    awaitState("e", JobState.PRINTED);
    await().until(() -> queue.view().ready());
    assertThat(queue.view().state()).isEqualTo("READY");
    assertThat(queue.view().held()).isZero();
    assertThat(sim.counters().formatsPrinted()).isEqualTo(2);
  }

  @Test
  void aFaultWhileTheLabelIsInThePrinterHoldsItThereWithoutResending() {
    // A slow printer, so the label is still in its buffer when the head opens.
    try (SimulatedPrinter slow =
            SimulatedPrinter.onTcp(
                InetAddress.getLoopbackAddress(),
                0,
                Fixtures.PRINTER.withPerLabel(Duration.ofMillis(800)));
        PrintQueue q =
            new PrintQueue(
                Printers.open("slow", Fixtures.tcpUri(slow), Fixtures.OPTIONS, Clock.systemUTC()),
                Fixtures.QUEUE,
                Clock.systemUTC())) {
      q.addListener(heard);
      q.start();
      q.submit(PrintJob.of("p", Fixtures.label(A)));
      await().until(() -> slow.counters().formatsReceived() == 1);
      slow.setFault(PrinterFault.HEAD_OPEN, true);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  heard
                      .last("p")
                      .map(
                          e ->
                              e.state() == JobState.HELD
                                  && e.mayBeAtPrinter()
                                  && e.message()
                                      .contains("in the printer, which holds it: head open"))
                      .orElse(false));
      slow.setFault(PrinterFault.HEAD_OPEN, false);
      awaitState("p", JobState.PRINTED);
      assertThat(slow.counters().formatsReceived()).isEqualTo(1);
      assertThat(slow.counters().labelsPrinted()).isEqualTo(1);
    }
  }

  @Test
  void manyJobsFromSeveralThreadsEachPrintOnceInEachSendersOrder() throws Exception {
    int threads = 4;
    int each = 12;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int sender = t;
      done.add(
          pool.submit(
              () -> {
                for (int i = 0; i < each; i++) {
                  String id = sender + "-" + i;
                  queue.submit(PrintJob.of(id, Fixtures.label(number(sender, i))));
                }
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> sim.counters().formatsPrinted() == threads * each && queue.view().waiting() == 0);
    List<String> got = received();
    assertThat(got).hasSize(threads * each).doesNotHaveDuplicates();
    for (int t = 0; t < threads; t++) {
      List<String> mine = new ArrayList<>();
      for (String zpl : got) {
        for (int i = 0; i < each; i++) {
          if (zpl.equals(Fixtures.kept(number(t, i)))) {
            mine.add(zpl);
          }
        }
      }
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < each; i++) {
        expected.add(Fixtures.kept(number(t, i)));
      }
      assertThat(mine).as("sender %d's labels, in its order", t).isEqualTo(expected);
    }
  }

  private static String number(int sender, int i) {
    return String.format("94001118992231%02d%06d", sender, i);
  }
}
