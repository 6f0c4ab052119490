package org.scanstation.device.printer.queue;

import java.time.Duration;
import java.time.Instant;
import org.scanstation.common.Backoff;
import org.scanstation.device.printer.Delivery;
import org.scanstation.device.printer.LabelPrinter;
import org.scanstation.device.printer.PrinterStatus;

/**
 * The life of one job on one printer, from its turn to PRINTED or FAILED: wait until the printer is
 * ready, send, confirm; or, when a send is not acknowledged, ask the printer whether the job
 * arrived before deciding to send it again. The rules are in docs/printers.md ("exactly once").
 * Runs on the queue's worker thread; not thread-safe.
 */
final class JobRun {
  private static final Step CLOSED = new Step(Step.Kind.CLOSED, null, null);

  private final PrintJob job;
  private final LabelPrinter printer;
  private final QueueSettings settings;
  private final JobHost host;
  private final String who;
  private final Backoff.Steps resends;
  private int attempts;
  private long baseline;

  JobRun(PrintJob job, LabelPrinter printer, QueueSettings settings, JobHost host) {
    this.job = job;
    this.printer = printer;
    this.settings = settings;
    this.host = host;
    this.who = "printer " + printer.id() + " at " + printer.address() + ": ";
    this.resends = waits();
    this.baseline = job.odometerBefore();
  }

  /** Polls that double from the poll interval up to the longest backoff. */
  private Backoff.Steps waits() {
    return new Backoff(settings.pollInterval(), settings.maxBackoff()).steps();
  }

  /** Runs the job to PRINTED or FAILED; false when the queue closed first. */
  boolean run() {
    Step step =
        job.resumed() ? reconcile("the station stopped while sending this label") : attempt();
    while (step.kind() == Step.Kind.RESEND) {
      emit(JobState.HELD, false, step.message());
      if (!host.pause(resends.next())) {
        return false;
      }
      step = attempt();
    }
    if (step.kind() == Step.Kind.CLOSED) {
      return false;
    }
    JobState end =
        switch (step.kind()) {
          case PRINTED -> JobState.PRINTED;
          case CANCELLED -> JobState.CANCELLED;
          default -> JobState.FAILED;
        };
    host.emit(end, attempts, false, baseline, step.confirmation(), step.message());
    return true;
  }

  private Step attempt() {
    PrinterStatus ready = awaitReady();
    if (ready == null) {
      return CLOSED;
    }
    baseline = ready.odometer();
    String sending = who + "sending (attempt " + (attempts + 1) + ")";
    if (!host.mayPrint(attempts + 1, baseline, sending)) {
      if (host.withdrawn(attempts + 1, baseline, sending)) {
        return new Step(Step.Kind.CANCELLED, who + "withdrawn before it was sent; dropped", null);
      }
      return resend(
          who
              + "not sent: the station cannot record that it sent it; it waits, unsent, until it can");
    }
    attempts++;
    emit(JobState.SENDING, true, sending);
    Delivery d = printer.send(job.bytes());
    if (d instanceof Delivery.NotSent n) {
      return resend(who + n.reason() + "; nothing of it can print, sending it again");
    }
    if (d instanceof Delivery.Refused r) {
      return failed("refused: " + r.reason());
    }
    if (d instanceof Delivery.Unconfirmed u) {
      return reconcile(u.reason());
    }
    return confirm();
  }

  private PrinterStatus awaitReady() {
    Backoff.Steps wait = waits();
    while (true) {
      PrinterStatus s = host.poll();
      if (s.ready()) {
        return s;
      }
      emit(JobState.HELD, false, s.message());
      if (!host.pause(wait.next())) {
        return null;
      }
    }
  }

  /** The printer has the job (or a spooler took it): poll until it printed. */
  private Step confirm() {
    Backoff.Steps wait = waits();
    DrainJudge judge = new DrainJudge(baseline, settings.settle());
    Instant busySince = null;
    while (host.pause(busySince == null ? wait.next() : settings.pollInterval())) {
      PrinterStatus s = host.poll();
      // A printer that reports no buffer (TSPL, EPL2, port signals) and shows a fault still holds
      // the label: it is not printed until the fault clears.
      if (!s.answered() || (!s.ready() && !(s.knowsBuffer() && s.drained()))) {
        busySince = null; // time held by a fault does not count against the printer
        emit(
            JobState.HELD,
            true,
            who + "the label is in the printer, which holds it: " + s.describe());
        continue;
      }
      if (!s.knowsBuffer()) {
        return printed(
            Confirmation.NONE,
            who + "sent; neither the link nor the printer's language can confirm printing");
      }
      Step verdict = verdict(judge.printed(s, host.now()), s);
      if (verdict == null && !s.drained()) {
        wait.reset();
        busySince = busySince == null ? host.now() : busySince;
        emit(JobState.SENDING, true, who + "printing");
        verdict = overdue(busySince, s);
      }
      if (verdict != null) {
        return verdict;
      }
    }
    return CLOSED;
  }

  /** FAILED when a printer reporting no fault has kept the label too long, else null. */
  private Step overdue(Instant busySince, PrinterStatus s) {
    if (Duration.between(busySince, host.now()).compareTo(settings.confirmTimeout()) <= 0) {
      return null;
    }
    return failed(
        "reports no fault but still holds "
            + s.labelsRemaining()
            + " label(s) after "
            + settings.confirmTimeout().toSeconds()
            + " s; whether this one printed is unknown —"
            + " check the printer, and if no label came out, reprint it");
  }

  private Step verdict(DrainJudge.Verdict v, PrinterStatus s) {
    return switch (v) {
      case PRINTED_METER ->
          printed(
              Confirmation.PRINTER_METER,
              who + "printed (print meter " + baseline + " → " + s.odometer() + ")");
      case PRINTED_BUFFER ->
          printed(Confirmation.PRINTER_BUFFER, who + "printed (its buffer drained)");
      case PRINTED_SPOOLER ->
          printed(
              Confirmation.SPOOLER,
              who + "the spooler handed it on (it cannot see the printer itself)");
      case LOST ->
          resend(
              who
                  + "took the label but its print meter never moved (cancelled, or"
                  + " lost to a full buffer or a power cycle); sending it again");
      default -> null;
    };
  }

  /** Sending was not acknowledged: ask the printer whether the job arrived. */
  private Step reconcile(String why) {
    emit(JobState.HELD, true, who + why + "; asking the printer whether it got the label");
    Backoff.Steps wait = waits();
    DrainJudge judge = new DrainJudge(baseline, settings.settle());
    while (host.pause(wait.next())) {
      PrinterStatus s = host.poll();
      if (!s.answered()) {
        emit(JobState.HELD, true, who + why + "; waiting for it to answer: " + s.describe());
        continue;
      }
      switch (judge.arrived(s, host.now())) {
        case ARRIVED:
          return confirm();
        case LOST:
          return resend(who + "the label never arrived (" + why + "); sending it again");
        case UNKNOWN:
          return failed(
              "cannot tell whether the label printed ("
                  + why
                  + ") because "
                  + (job.resumed() && job.odometerBefore() < 0
                      ? "no print meter reading was taken before it was sent"
                      : "the printer reports no print meter (~HQOD; TSPL and EPL2 have none)")
                  + " — check the printer, and if no label came out, reprint it");
        default:
          break;
      }
    }
    return CLOSED;
  }

  private Step failed(String message) {
    return new Step(Step.Kind.FAILED, who + message, null);
  }

  private Step resend(String message) {
    return new Step(Step.Kind.RESEND, message, null);
  }

  private Step printed(Confirmation c, String message) {
    return new Step(Step.Kind.PRINTED, message, c);
  }

  private void emit(JobState state, boolean atPrinter, String message) {
    host.emit(state, attempts, atPrinter, baseline, null, message);
  }
}
