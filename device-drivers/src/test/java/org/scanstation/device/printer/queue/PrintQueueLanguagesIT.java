package org.scanstation.device.printer.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scanstation.device.printer.PrinterLanguage;
import org.scanstation.device.printer.connect.Printers;
import org.scanstation.simulator.printer.SimulatedPrinter;

/** TSPL and EPL2 printers over real TCP: faults hold jobs, recovery prints each once, in order. */
class PrintQueueLanguagesIT {
  private static final String A = "9400111899223197428497";
  private static final String B = "9400111899223197428503";

  static PrintQueue queue(String uri, RecordingListener heard) {
    PrintQueue q =
        new PrintQueue(
            Printers.open("dock-3", uri, Fixtures.OPTIONS, Clock.systemUTC()),
            Fixtures.QUEUE,
            Clock.systemUTC());
    q.addListener(heard);
    q.start();
    return q;
  }

  static byte[] label(PrinterLanguage l, String number) {
    String job =
        l == PrinterLanguage.TSPL
            ? "SIZE 4,6\r\nCLS\r\nTEXT 10,10,\"3\",0,1,1,\"" + number + "\"\r\nPRINT 1,1\r\n"
            : "N\r\nq812\r\nA10,10,0,3,1,1,N,\"" + number + "\"\r\nP1\r\n";
    return job.getBytes(StandardCharsets.US_ASCII);
  }

  static void awaitState(RecordingListener heard, String id, JobState state) {
    await().atMost(Duration.ofSeconds(10)).until(() -> heard.state(id) == state);
  }

  @ParameterizedTest
  @CsvSource({
    "TSPL, PAPER_OUT, paper out — load labels",
    "TSPL, HEAD_OPEN, head open — close the print head",
    "TSPL, SILENT, no reply to <ESC>!?",
    "EPL, PAPER_OUT, out of labels or ribbon (EPL2 error 07)",
    "EPL, HEAD_OPEN, head open — close the print head",
    "EPL, SILENT, no reply to ^ee"
  })
  void heldJobsPrintExactlyOnceAndInOrderWhenTheFaultClears(
      PrinterLanguage lang, ScriptedLinePrinter.Fault fault, String words) throws IOException {
    RecordingListener heard = new RecordingListener();
    try (ScriptedLinePrinter p = ScriptedLinePrinter.onTcp(lang);
        PrintQueue q = queue(p.uri(lang), heard)) {
      p.set(fault, true);
      q.submit(PrintJob.of("a", label(lang, A)));
      q.submit(PrintJob.of("b", label(lang, B)));
      awaitState(heard, "a", JobState.HELD);
      assertThat(heard.last("a").orElseThrow().message()).contains(words);
      assertThat(p.labels()).as("nothing is sent while held").isEmpty();

      p.set(fault, false);
      awaitState(heard, "b", JobState.PRINTED);
      assertThat(p.labels()).hasSize(2);
      assertThat(p.labels().get(0)).contains(A);
      assertThat(p.labels().get(1)).contains(B);
      assertThat(heard.last("a").orElseThrow().confirmation()).isEqualTo(Confirmation.NONE);
    }
  }

  @ParameterizedTest
  @CsvSource({"TSPL", "EPL"})
  void aSendNobodyAcknowledgedFailsForAPersonRatherThanPrintingTwice(PrinterLanguage lang)
      throws IOException {
    RecordingListener heard = new RecordingListener();
    try (ScriptedLinePrinter p = ScriptedLinePrinter.onTcp(lang);
        PrintQueue q = queue(p.uri(lang), heard)) {
      p.set(ScriptedLinePrinter.Fault.MUTE_AFTER_LABEL, true);
      q.submit(PrintJob.of("a", label(lang, A)));
      awaitState(heard, "a", JobState.FAILED);
      assertThat(heard.last("a").orElseThrow().message())
          .contains("cannot tell whether the label printed")
          .contains("TSPL and EPL2 have none")
          .contains("reprint it");
      assertThat(p.labels()).as("never sent twice").hasSize(1);
    }
  }

  @Test
  void aZebraSetUpAsTsplIsFaultedWithTheMismatchNamedAndPrintsNothing() {
    RecordingListener heard = new RecordingListener();
    try (SimulatedPrinter zebra = Fixtures.tcpPrinter();
        PrintQueue q = queue(Fixtures.tcpUri(zebra) + "?lang=tspl", heard)) {
      q.submit(PrintJob.of("a", label(PrinterLanguage.TSPL, A)));
      awaitState(heard, "a", JobState.HELD);
      assertThat(heard.last("a").orElseThrow().message())
          .contains("likely not a TSPL printer")
          .contains("set ?lang=zpl or ?lang=epl");
      assertThat(q.printer().status().ready()).isFalse();
      assertThat(zebra.counters().formatsReceived()).isZero();
    }
  }

  @ParameterizedTest
  @CsvSource({"TSPL", "EPL"})
  void aPrinterOfAnotherLanguageSetUpAsZplIsFaultedWithTheMismatchNamed(PrinterLanguage lang)
      throws IOException {
    RecordingListener heard = new RecordingListener();
    try (ScriptedLinePrinter p = ScriptedLinePrinter.onTcp(lang);
        PrintQueue q = queue(p.uri(PrinterLanguage.ZPL), heard)) {
      q.submit(PrintJob.of("a", Fixtures.label(A)));
      awaitState(heard, "a", JobState.HELD);
      assertThat(heard.last("a").orElseThrow().message())
          .contains("a TSPL or EPL2 printer never answers ~HS")
          .contains("?lang=tspl or ?lang=epl");
      assertThat(p.labels()).isEmpty();
    }
  }

  @Test
  void anEplPrinterSetUpAsTsplIsFaultedToo() throws IOException {
    RecordingListener heard = new RecordingListener();
    try (ScriptedLinePrinter p = ScriptedLinePrinter.onTcp(PrinterLanguage.EPL);
        PrintQueue q = queue(p.uri(PrinterLanguage.TSPL), heard)) {
      q.submit(PrintJob.of("a", label(PrinterLanguage.TSPL, A)));
      awaitState(heard, "a", JobState.HELD);
      assertThat(heard.last("a").orElseThrow().message()).contains("likely not a TSPL printer");
      assertThat(p.labels()).isEmpty();
    }
  }

  @ParameterizedTest
  @CsvSource({"TSPL", "EPL"})
  void aLabelTheFaultedPrinterHoldsIsNotPrintedUntilTheFaultClears(PrinterLanguage lang)
      throws IOException {
    RecordingListener heard = new RecordingListener();
    try (ScriptedLinePrinter p = ScriptedLinePrinter.onTcp(lang);
        PrintQueue q = queue(p.uri(lang), heard)) {
      p.set(ScriptedLinePrinter.Fault.PAPER_OUT_AFTER_LABEL, true);
      q.submit(PrintJob.of("a", label(lang, A)));
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () -> heard.last("a").map(e -> e.message().contains("which holds it")).orElse(false));
      assertThat(heard.state("a")).isEqualTo(JobState.HELD);
      assertThat(heard.states("a")).doesNotContain(JobState.PRINTED);

      p.set(ScriptedLinePrinter.Fault.PAPER_OUT, false);
      awaitState(heard, "a", JobState.PRINTED);
      assertThat(p.labels()).as("held inside, never sent again").hasSize(1);
    }
  }

  @ParameterizedTest
  @CsvSource({"TSPL, the job is not TSPL", "EPL, the job is not EPL2"})
  void aJobNotInThePrintersLanguageIsRefusedNotSent(PrinterLanguage lang, String words)
      throws IOException {
    RecordingListener heard = new RecordingListener();
    try (ScriptedLinePrinter p = ScriptedLinePrinter.onTcp(lang);
        PrintQueue q = queue(p.uri(lang), heard)) {
      q.submit(PrintJob.of("a", Fixtures.label(A)));
      awaitState(heard, "a", JobState.FAILED);
      assertThat(heard.last("a").orElseThrow().message())
          .contains(words)
          .contains("render it for this printer's language");
      assertThat(p.labels()).isEmpty();
    }
  }
}
