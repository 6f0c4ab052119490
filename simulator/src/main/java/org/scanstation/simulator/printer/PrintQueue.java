package org.scanstation.simulator.printer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Every format received, and the printing of the waiting ones over time: the head label takes
 * {@code perLabel}, then the next. Printing is computed when asked (no timer thread): a test with a
 * controlled clock sees exact progress. A halt keeps the head label's progress for the resume.
 *
 * <p>Not thread-safe: {@link PrintEngine} guards it.
 */
final class PrintQueue {
  private final Duration perLabel;
  private final PrinterLanguage language;
  private final List<Entry> all = new ArrayList<>();
  private final Deque<Entry> waiting = new ArrayDeque<>();
  private Instant labelStarted; // null while idle or halted
  private Duration progress = Duration.ZERO; // of the head label, kept across a halt
  private long labelsPrinted;
  private long formatsPrinted;

  PrintQueue(Duration perLabel, PrinterLanguage language) {
    this.perLabel = perLabel;
    this.language = language;
  }

  /** Keeps a received job; a discarded one is kept as such and never prints. */
  void add(byte[] zpl, JobContents c, Instant now, boolean discarded) {
    Entry e = new Entry(all.size() + 1, now, zpl, c.barcodes(), c.labels());
    all.add(e);
    if (discarded) {
      e.state = JobState.DISCARDED;
    } else {
      waiting.add(e);
    }
  }

  /** Prints every label finished by {@code now}; call only while not halted. */
  void advance(Instant now) {
    if (labelStarted == null) {
      return;
    }
    while (!waiting.isEmpty()) {
      Instant done = labelStarted.plus(perLabel);
      if (done.isAfter(now)) {
        break;
      }
      Entry head = waiting.peek();
      head.left--;
      labelsPrinted++;
      labelStarted = done;
      if (head.left == 0) {
        head.state = JobState.PRINTED;
        head.printedAt = done;
        waiting.poll();
        formatsPrinted++;
      }
    }
    if (waiting.isEmpty()) {
      labelStarted = null;
    }
  }

  /** Stops printing at {@code now}, keeping the head label's progress. */
  void halt(Instant now) {
    advance(now);
    if (labelStarted != null) {
      progress = Duration.between(labelStarted, now);
      labelStarted = null;
    }
  }

  /** Starts (or goes on) printing at {@code now} if anything waits. */
  void resume(Instant now) {
    if (labelStarted == null && !waiting.isEmpty()) {
      labelStarted = now.minus(progress);
      progress = Duration.ZERO;
    }
  }

  /** Cancels every waiting format ({@code ~JA}); returns how many. */
  int cancelAll() {
    int n = waiting.size();
    for (Entry e : waiting) {
      e.state = JobState.CANCELLED;
    }
    waiting.clear();
    labelStarted = null;
    progress = Duration.ZERO;
    return n;
  }

  int formatsWaiting() {
    return waiting.size();
  }

  int labelsRemaining() {
    return waiting.stream().mapToInt(e -> e.left).sum();
  }

  long labelsPrinted() {
    return labelsPrinted;
  }

  long formatsPrinted() {
    return formatsPrinted;
  }

  long formatsReceived() {
    return all.size();
  }

  List<PrintJob> snapshot() {
    List<PrintJob> jobs = new ArrayList<>(all.size());
    for (Entry e : all) {
      jobs.add(
          new PrintJob(
              e.number, e.receivedAt, e.zpl, e.barcodes, e.labels, e.state, e.printedAt, language));
    }
    return jobs;
  }

  /** One received format and its progress. */
  private static final class Entry {
    final int number;
    final Instant receivedAt;
    final byte[] zpl;
    final List<Barcode> barcodes;
    final int labels;
    int left;
    JobState state = JobState.QUEUED;
    Instant printedAt;

    Entry(int number, Instant receivedAt, byte[] zpl, List<Barcode> barcodes, int labels) {
      this.number = number;
      this.receivedAt = receivedAt;
      this.zpl = zpl;
      this.barcodes = barcodes;
      this.labels = labels;
      this.left = labels;
    }
  }
}
