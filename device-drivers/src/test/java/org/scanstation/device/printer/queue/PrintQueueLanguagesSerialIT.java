package org.scanstation.device.printer.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scanstation.device.printer.queue.PrintQueueLanguagesIT.awaitState;
import static org.scanstation.device.printer.queue.PrintQueueLanguagesIT.label;
import static org.scanstation.device.printer.queue.PrintQueueLanguagesIT.queue;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scanstation.device.printer.PrinterLanguage;
import org.scanstation.device.serial.SocatPty;

/** TSPL and EPL2 printers over a real pty (socat): the same holds and the same single prints. */
class PrintQueueLanguagesSerialIT {
  private static final String A = "9400111899223197428497";
  private static final String B = "9400111899223197428503";

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({
    "TSPL, PAPER_OUT, paper out — load labels",
    "TSPL, SILENT, no reply to <ESC>!?",
    "EPL, HEAD_OPEN, head open — close the print head",
    "EPL, SILENT, no reply to ^ee"
  })
  void aFaultHoldsTheLabelsAndRecoveryPrintsEachOnceInOrder(
      PrinterLanguage lang, ScriptedLinePrinter.Fault fault, String words) throws Exception {
    RecordingListener heard = new RecordingListener();
    try (SocatPty pty = new SocatPty(dir);
        ScriptedLinePrinter p = ScriptedLinePrinter.onPty(lang, pty);
        PrintQueue q =
            queue("serial:" + pty.station() + "?baud=115200&lang=" + lang.key(), heard)) {
      p.set(fault, true);
      q.submit(PrintJob.of("a", label(lang, A)));
      q.submit(PrintJob.of("b", label(lang, B)));
      awaitState(heard, "a", JobState.HELD);
      assertThat(heard.last("a").orElseThrow().message())
          .startsWith("printer dock-3 at " + pty.station() + ": ")
          .contains(words);
      assertThat(p.labels()).isEmpty();

      p.set(fault, false);
      awaitState(heard, "b", JobState.PRINTED);
      assertThat(p.labels()).hasSize(2);
      assertThat(p.labels().get(0)).contains(A);
      assertThat(p.labels().get(1)).contains(B);
    }
  }
}
