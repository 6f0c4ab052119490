package org.scanstation.device.printer.cups;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scanstation.device.printer.Delivery;
import org.scanstation.device.printer.LabelPrinter;
import org.scanstation.device.printer.PrinterLanguage;
import org.scanstation.device.printer.PrinterOptions;
import org.scanstation.device.printer.PrinterState;
import org.scanstation.device.printer.PrinterStatus;
import org.scanstation.device.printer.StatusSource;

/**
 * A printer behind a CUPS raw queue: jobs go through {@code lp -d QUEUE -o raw} (the bytes reach
 * the printer unchanged), status comes from {@code lpstat}. CUPS sees only its own queue, so the
 * status is spooler-level (source {@link StatusSource#SPOOLER}) and says so: an enabled, empty
 * queue is READY even when the printer is out of paper, and "printed" means the spooler handed the
 * job on. Prefer {@code tcp://} when the printer is on the network.
 *
 * <p>Thread-safe: calls run one at a time. Each call starts a CUPS command and waits for it.
 */
public final class CupsPrinter implements LabelPrinter {
  private static final Pattern REQUEST_ID = Pattern.compile("request id is (\\S+)");

  private final String id;
  private final String queue;
  private final PrinterLanguage language;
  private final CupsCommands commands;
  private final PrinterOptions options;
  private final Clock clock;

  /** A ZPL printer {@code id} behind the CUPS queue {@code queue}. */
  public CupsPrinter(
      String id, String queue, CupsCommands commands, PrinterOptions options, Clock clock) {
    this(id, queue, PrinterLanguage.ZPL, commands, options, clock);
  }

  /**
   * A printer {@code id} speaking {@code language} behind the raw CUPS queue {@code queue}: CUPS
   * passes its jobs on untouched and reports the same spooler-level status whatever the language.
   */
  public CupsPrinter(
      String id,
      String queue,
      PrinterLanguage language,
      CupsCommands commands,
      PrinterOptions options,
      Clock clock) {
    this.id = Objects.requireNonNull(id, "id");
    this.language = Objects.requireNonNull(language, "language");
    this.queue = Objects.requireNonNull(queue, "queue");
    this.commands = Objects.requireNonNull(commands, "commands");
    this.options = Objects.requireNonNull(options, "options");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public PrinterLanguage language() {
    return language;
  }

  @Override
  public String address() {
    return "CUPS queue " + queue;
  }

  @Override
  public synchronized PrinterStatus status() {
    CommandRun run;
    try {
      run =
          CommandRun.of(
              List.of(commands.lpstat(), "-p", queue, "-a", queue, "-o", queue),
              new byte[0],
              timeout());
    } catch (IOException e) {
      return unreachable(
          "CUPS is not installed here ("
              + commands.lpstat()
              + ": "
              + e.getMessage()
              + ") — install cups-client, or reach the printer by tcp://");
    }
    return run.timedOut()
        ? PrinterStatus.unresponsive(
            id,
            address(),
            "lpstat did not finish within " + timeout().toMillis() + " ms — is cupsd running?",
            clock.instant())
        : fromLpstat(run);
  }

  private PrinterStatus fromLpstat(CommandRun run) {
    LpstatReply reply = LpstatReply.parse(queue, run.out());
    if (!run.ok() || !reply.known()) {
      String said = (run.err() + " " + run.out()).strip();
      return unreachable(
          "lpstat: "
              + (said.isEmpty() ? "no such queue" : said)
              + " — check the queue name (lpstat -p) and that cupsd is running");
    }
    return spoolerStatus(reply, run.out());
  }

  private PrinterStatus spoolerStatus(LpstatReply reply, String raw) {
    Set<PrinterState> faults = EnumSet.noneOf(PrinterState.class);
    String reason = null;
    String why = reply.reason().isEmpty() ? "" : " (" + reply.reason() + ")";
    if (!reply.accepting()) {
      faults.add(PrinterState.ERROR);
      reason = "CUPS queue " + queue + " rejects jobs" + why + " — run cupsaccept " + queue;
    } else if (!reply.enabled()) {
      faults.add(PrinterState.PAUSED);
      reason = "CUPS queue " + queue + " is disabled" + why + " — run cupsenable " + queue;
    }
    PrinterState state = faults.isEmpty() ? PrinterState.READY : faults.iterator().next();
    return new PrinterStatus(
        id,
        address(),
        state,
        faults,
        reply.jobs(),
        -1,
        -1,
        List.of(),
        StatusSource.SPOOLER,
        raw,
        reason,
        clock.instant());
  }

  @Override
  public synchronized Delivery send(byte[] job) {
    if (job.length == 0) {
      return new Delivery.Refused("the job is empty");
    }
    CommandRun run;
    try {
      run =
          CommandRun.of(
              List.of(commands.lp(), "-d", queue, "-o", "raw"),
              job,
              options.connectTimeout().plus(timeout()));
    } catch (IOException e) {
      return new Delivery.NotSent(
          "CUPS is not installed here (" + commands.lp() + ": " + e.getMessage() + ")");
    }
    if (run.timedOut()) {
      return new Delivery.Unconfirmed(
          "lp did not finish; CUPS may have queued the" + " job — check lpstat -o " + queue);
    }
    if (!run.ok()) {
      return new Delivery.NotSent("lp refused the job: " + run.err().strip());
    }
    Matcher m = REQUEST_ID.matcher(run.out());
    return new Delivery.Handed("CUPS request " + (m.find() ? m.group(1) : "(no id given)"));
  }

  private Duration timeout() {
    return options.statusTimeout().plus(Duration.ofSeconds(3));
  }

  private PrinterStatus unreachable(String reason) {
    return PrinterStatus.unreachable(id, address(), reason, clock.instant());
  }

  /** Nothing is held open between calls. */
  @Override
  public void close() {
    // each call runs its own command
  }
}
