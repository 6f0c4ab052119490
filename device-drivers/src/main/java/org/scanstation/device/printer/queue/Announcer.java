package org.scanstation.device.printer.queue;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.scanstation.device.printer.PrinterStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells a queue's listeners, and the log, what happened; a failing listener is logged only. */
final class Announcer {
  private static final Logger log = LoggerFactory.getLogger(PrintQueue.class);

  private final List<PrintQueueListener> listeners = new CopyOnWriteArrayList<>();

  void add(PrintQueueListener l) {
    listeners.add(Objects.requireNonNull(l, "listener"));
  }

  void job(JobEvent e) {
    if (e.state() == JobState.FAILED || e.state() == JobState.HELD) {
      log.warn("job {}: {} {}", e.jobId(), e.state(), e.message());
    } else {
      log.debug("job {}: {} {}", e.jobId(), e.state(), e.message());
    }
    for (PrintQueueListener l : listeners) {
      try {
        l.jobChanged(e);
      } catch (RuntimeException x) {
        log.warn("printer {}: a print queue listener failed: {}", e.printerId(), x.toString());
      }
    }
  }

  /** Whether every listener lets the job's bytes go; a failing listener says no. */
  boolean mayPrint(JobEvent sending) {
    for (PrintQueueListener l : listeners) {
      try {
        if (!l.mayPrint(sending)) {
          return false;
        }
      } catch (RuntimeException x) {
        log.warn(
            "printer {}: job {} not sent, a listener could not record it: {}",
            sending.printerId(),
            sending.jobId(),
            x.toString());
        return false;
      }
    }
    return true;
  }

  /** Whether a listener withdrew the job; a failing listener says no (the job is held). */
  boolean withdrawn(JobEvent sending) {
    for (PrintQueueListener l : listeners) {
      try {
        if (l.withdrawn(sending)) {
          return true;
        }
      } catch (RuntimeException x) {
        log.warn(
            "printer {}: job {}: a listener could not say whether it was withdrawn: {}",
            sending.printerId(),
            sending.jobId(),
            x.toString());
      }
    }
    return false;
  }

  void status(PrinterStatus s) {
    log.info("{}", s.message());
    for (PrintQueueListener l : listeners) {
      try {
        l.statusChanged(s);
      } catch (RuntimeException x) {
        log.warn("printer {}: a print queue listener failed: {}", s.printerId(), x.toString());
      }
    }
  }
}
