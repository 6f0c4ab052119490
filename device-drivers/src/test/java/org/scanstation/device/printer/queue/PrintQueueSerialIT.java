package org.scanstation.device.printer.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scanstation.device.printer.PrinterState;
import org.scanstation.device.printer.PrinterStatus;
import org.scanstation.device.printer.connect.Printers;
import org.scanstation.simulator.printer.PrinterFault;
import org.scanstation.simulator.printer.SimulatedPrinter;

/** The serial driver and the job lifecycle over a real pty (socat) to the simulated printer. */
class PrintQueueSerialIT {
  private static final String A = "9400111899223197428497";
  private static final String B = "9400111899223197428503";

  @TempDir Path dir;
  private SimulatedPrinter sim;
  private PrintQueue queue;
  private final RecordingListener heard = new RecordingListener();

  private PrintQueue start(String query) {
    sim = SimulatedPrinter.onSerial(dir.resolve("zebra"), Fixtures.PRINTER);
    String uri = "serial:" + dir.resolve("zebra") + query;
    queue =
        new PrintQueue(
            Printers.open("line-1", uri, Fixtures.OPTIONS, Clock.systemUTC()),
            Fixtures.QUEUE,
            Clock.systemUTC());
    queue.addListener(heard);
    queue.start();
    return queue;
  }

  @AfterEach
  void tearDown() {
    if (queue != null) {
      queue.close();
    }
    if (sim != null) {
      sim.close();
    }
  }

  private void awaitState(String id, JobState state) {
    await().atMost(Duration.ofSeconds(15)).until(() -> heard.state(id) == state);
  }

  @Test
  void statusAndLabelsGoOverTheLineAndAFaultHoldsThemUntilItClears() {
    start("?baud=115200");
    PrinterStatus s = queue.printer().status();
    assertThat(s.state()).isEqualTo(PrinterState.READY);
    assertThat(s.address()).isEqualTo(dir.resolve("zebra").toString());
    assertThat(s.odometer()).isZero();

    sim.setFault(PrinterFault.PAPER_OUT, true);
    queue.submit(PrintJob.of("a", Fixtures.label(A)));
    queue.submit(PrintJob.of("b", Fixtures.label(B)));
    awaitState("a", JobState.HELD);
    assertThat(heard.last("a").orElseThrow().message())
        .isEqualTo(
            "printer line-1 at "
                + dir.resolve("zebra")
                + ": paper out — load labels and"
                + " close the head");
    sim.setFault(PrinterFault.PAPER_OUT, false);
    awaitState("b", JobState.PRINTED);
    assertThat(sim.jobs())
        .extracting(j -> j.zplText())
        .containsExactly(Fixtures.kept(A), Fixtures.kept(B));
  }

  @ParameterizedTest
  @CsvSource({
    "HEAD_OPEN, head open — close the print head",
    "RIBBON_OUT, ribbon out — load a ribbon",
    "PAUSED, paused — press PAUSE",
    "BUFFER_FULL, receive buffer full",
    "SILENT, does not answer status queries: no reply to ~HS within 400 ms"
  })
  void everyFaultHoldsTheJobUnsentOnTheLineUntilItClears(PrinterFault fault, String words) {
    start("");
    sim.setFault(fault, true);
    queue.submit(PrintJob.of("f", Fixtures.label(A)));
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> heard.last("f").map(e -> e.message().contains(words)).orElse(false));
    assertThat(heard.state("f")).isEqualTo(JobState.HELD);
    assertThat(sim.counters().formatsReceived()).isZero();
    sim.setFault(fault, false);
    awaitState("f", JobState.PRINTED);
    assertThat(sim.counters().formatsPrinted()).isEqualTo(1);
  }

  @Test
  void aFormatLostOnTheLineIsSentAgainOnce() {
    start("");
    sim.setFault(PrinterFault.DROP_MID_JOB, true);
    queue.submit(PrintJob.of("d", Fixtures.label(A)));
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> heard.events("d").stream().anyMatch(e -> e.message().contains("again")));
    sim.setFault(PrinterFault.DROP_MID_JOB, false);
    awaitState("d", JobState.PRINTED);
    assertThat(sim.counters().formatsPrinted()).isEqualTo(1);
    assertThat(sim.counters().formatsDropped()).isPositive();
  }

  @Test
  void anUnpluggedPrinterIsUnreachableAndItsJobPrintsOnceWhenPluggedBackIn() {
    start("");
    assertThat(queue.printer().status().ready()).isTrue();
    sim.unplug();
    queue.submit(PrintJob.of("u", Fixtures.label(A)));
    awaitState("u", JobState.HELD);
    assertThat(heard.last("u").orElseThrow().message())
        .contains("cannot be reached: serial port " + dir.resolve("zebra") + " does not exist");
    sim.replug();
    awaitState("u", JobState.PRINTED);
    assertThat(sim.counters().formatsPrinted()).isEqualTo(1);
  }

  @Test
  void aBitmapThatWouldHoldA9600BaudLineIsRefused() {
    start("?baud=9600");
    StringBuilder zpl = new StringBuilder("^XA^FO0,0^GFA,16000,16000,100,");
    zpl.append("FF".repeat(16_000)).append("^FS^XZ");
    queue.submit(PrintJob.of("big", zpl.toString().getBytes(StandardCharsets.US_ASCII)));
    awaitState("big", JobState.FAILED);
    assertThat(heard.last("big").orElseThrow().message())
        .contains("refused: a 32 KB job would hold")
        .contains("at 9600 baud (it carries a bitmap, ^GF)")
        .contains("?baud=115200")
        .contains("&max-busy=39s; 10 s is allowed now");
    assertThat(sim.counters().formatsReceived()).isZero();
    queue.submit(PrintJob.of("small", Fixtures.label(A)));
    awaitState("small", JobState.PRINTED);
  }

  @Test
  void aSerialPrinterWhoseUriLetsAJobHoldTheLineLongerPrintsThatBitmap() {
    start("?baud=9600&max-busy=60s");
    StringBuilder zpl = new StringBuilder("^XA^FO0,0^GFA,16000,16000,100,");
    zpl.append("FF".repeat(16_000)).append("^FS^XZ");
    queue.submit(PrintJob.of("big", zpl.toString().getBytes(StandardCharsets.US_ASCII)));
    awaitState("big", JobState.PRINTED);
    assertThat(sim.counters().formatsPrinted()).isEqualTo(1);
  }
}
