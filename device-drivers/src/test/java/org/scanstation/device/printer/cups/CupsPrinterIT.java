package org.scanstation.device.printer.cups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.device.printer.Delivery;
import org.scanstation.device.printer.LabelPrinter;
import org.scanstation.device.printer.PrinterState;
import org.scanstation.device.printer.PrinterStatus;
import org.scanstation.device.printer.StatusSource;
import org.scanstation.device.printer.connect.PrinterUri;
import org.scanstation.device.printer.connect.Printers;
import org.scanstation.device.printer.queue.Confirmation;
import org.scanstation.device.printer.queue.Fixtures;
import org.scanstation.device.printer.queue.JobState;
import org.scanstation.device.printer.queue.PrintJob;
import org.scanstation.device.printer.queue.PrintQueue;
import org.scanstation.device.printer.queue.RecordingListener;

/**
 * The CUPS path. CUPS is not installed here (and the tests must not install it), so stand-in {@code
 * lp} and {@code lpstat} scripts play a raw queue: they take jobs into a spool directory and print
 * what CUPS 2 prints in the C locale. The last test uses the real CUPS client when there is one and
 * a raw queue to print on is named.
 */
class CupsPrinterIT {
  @TempDir Path dir;
  private CupsCommands commands;

  @BeforeEach
  void standIns() throws IOException {
    Files.createDirectories(dir.resolve("spool"));
    Files.createDirectories(dir.resolve("jobs"));
    Path lpstat =
        script(
            "lpstat",
            String.join(
                "\n",
                "#!/bin/sh",
                "# lpstat -p Q -a Q -o Q, as CUPS 2 answers in the C locale",
                "D='" + dir + "'",
                "if [ ! -f \"$D/queue\" ]; then",
                "  echo \"lpstat: Invalid destination name in list \\\"$2\\\".\" >&2; exit 1",
                "fi",
                "cat \"$D/queue\"",
                "cat \"$D\"/jobs/* 2>/dev/null",
                "exit 0"));
    Path lp =
        script(
            "lp",
            String.join(
                "\n",
                "#!/bin/sh",
                "# lp -d Q -o raw: the job on standard input",
                "D='" + dir + "'",
                "[ -f \"$D/queue\" ] || { echo 'lp: The printer or class does not exist.' >&2; exit 1; }",
                "n=$(ls \"$D/spool\" | wc -l); n=$((n + 1))",
                "cat > \"$D/spool/$n\"",
                "echo \"$*\" > \"$D/args\"",
                "echo \"$2-$n                root              1024   Mon Jan  5 08:00:00 2026\" > \"$D/jobs/$n\"",
                "echo \"request id is $2-$n (0 file(s))\""));
    commands = new CupsCommands(lp.toString(), lpstat.toString());
  }

  private Path script(String name, String body) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, body + "\n");
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    return p;
  }

  private void queueSays(String text) throws IOException {
    Files.writeString(dir.resolve("queue"), text);
  }

  private LabelPrinter printer() {
    return Printers.open(
        "cups-1", PrinterUri.parse("cups:zebra"), Fixtures.OPTIONS, commands, Clock.systemUTC());
  }

  private static final String IDLE =
      "printer zebra is idle.  enabled since Mon Jan  5 08:00:00 2026\n"
          + "zebra accepting requests since Mon Jan  5 08:00:00 2026\n";

  @Test
  void statusIsSpoolerLevelAndSaysSo() throws IOException {
    queueSays(IDLE);
    PrinterStatus s = printer().status();
    assertThat(s.state()).isEqualTo(PrinterState.READY);
    assertThat(s.source()).isEqualTo(StatusSource.SPOOLER);
    assertThat(s.message())
        .isEqualTo(
            "printer cups-1 at CUPS queue zebra: ready (spooler-level status: CUPS cannot"
                + " see paper, ribbon or the print head)");
  }

  @Test
  void aDisabledOrRejectingQueueSaysWhichCommandFixesIt() throws IOException {
    queueSays(
        "printer zebra disabled since Mon Jan  5 08:00:00 2026 -\n\tPaused\n"
            + "zebra accepting requests since Mon Jan  5 08:00:00 2026\n");
    PrinterStatus s = printer().status();
    assertThat(s.state()).isEqualTo(PrinterState.PAUSED);
    assertThat(s.describe())
        .startsWith("CUPS queue zebra is disabled (Paused) — run cupsenable zebra");
    queueSays(
        "printer zebra is idle.  enabled since Mon Jan  5 08:00:00 2026\n"
            + "zebra not accepting requests since Mon Jan  5 08:00:00 2026 -\n\tRejecting Jobs\n");
    assertThat(printer().status().describe()).contains("run cupsaccept zebra");
  }

  @Test
  void anUnknownQueueOrNoCupsIsUnreachableWithTheFix() {
    PrinterStatus s = printer().status();
    assertThat(s.state()).isEqualTo(PrinterState.UNREACHABLE);
    assertThat(s.describe()).contains("Invalid destination name").contains("lpstat -p");
    LabelPrinter none =
        Printers.open(
            "c",
            PrinterUri.parse("cups:zebra"),
            Fixtures.OPTIONS,
            new CupsCommands(dir.resolve("no-lp").toString(), dir.resolve("no-lpstat").toString()),
            Clock.systemUTC());
    assertThat(none.status().describe()).contains("CUPS is not installed here");
    assertThat(none.send(Fixtures.label("9400111899223197428497")))
        .isInstanceOf(Delivery.NotSent.class);
  }

  @Test
  void aJobGoesThroughLpRawAndPrintsWhenTheSpoolerHandsItOn() throws Exception {
    queueSays(IDLE);
    RecordingListener heard = new RecordingListener();
    try (PrintQueue q = new PrintQueue(printer(), Fixtures.QUEUE, Clock.systemUTC())) {
      q.addListener(heard);
      q.start();
      q.submit(PrintJob.of("j", Fixtures.label("9400111899223197428497")));
      await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(dir.resolve("spool/1")));
      assertThat(Files.readAllBytes(dir.resolve("spool/1")))
          .isEqualTo(Fixtures.label("9400111899223197428497"));
      assertThat(Files.readString(dir.resolve("args")).strip()).isEqualTo("-d zebra -o raw");
      await().until(() -> heard.state("j") == JobState.SENDING);
      try (Stream<Path> jobs = Files.list(dir.resolve("jobs"))) {
        jobs.forEach(p -> p.toFile().delete()); // CUPS handed it to the printer
      }
      await().atMost(Duration.ofSeconds(10)).until(() -> heard.state("j") == JobState.PRINTED);
      assertThat(heard.last("j").orElseThrow().confirmation()).isEqualTo(Confirmation.SPOOLER);
      assertThat(heard.last("j").orElseThrow().message()).contains("cannot see the printer");
    }
  }

  @Test
  void lpRefusingAJobLeavesItSafeToSendAgain() {
    Delivery d = printer().send(Fixtures.label("9400111899223197428497"));
    assertThat(d).isInstanceOf(Delivery.NotSent.class);
    assertThat(((Delivery.NotSent) d).reason()).contains("The printer or class does not exist");
  }

  @Test
  void aRealCupsRawQueueWhenThereIsOne() {
    boolean lp =
        Stream.of(System.getenv("PATH").split(":"))
            .anyMatch(p -> Files.isExecutable(Path.of(p, "lp")));
    assumeTrue(
        lp,
        "skipped: no 'lp' on this machine (the CUPS client is not installed, and the"
            + " tests do not install it)");
    String queue = System.getenv("SCANSTATION_CUPS_QUEUE");
    assumeTrue(
        queue != null && !queue.isBlank(),
        "skipped: set SCANSTATION_CUPS_QUEUE to a raw"
            + " CUPS queue this test may print one label on");
    LabelPrinter p = Printers.open("real", "cups:" + queue, Fixtures.OPTIONS, Clock.systemUTC());
    assertThat(p.status().source()).isEqualTo(StatusSource.SPOOLER);
    Delivery d = p.send(Fixtures.label("9400111899223197428497"));
    assertThat(d).isInstanceOf(Delivery.Handed.class);
    assertThat(((Delivery.Handed) d).note()).startsWith("CUPS request " + queue + "-");
  }
}
