package org.scanstation.simulator.printer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection to the printer (a TCP client, or the pty): reads until the stream ends, splitting
 * jobs, immediate commands and refused lines in the printer's language, and writes status replies
 * back. Runs on its own thread; blocks in reads.
 */
final class PrinterSession implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(PrinterSession.class);

  /** The wire under a session. */
  interface Wire {
    InputStream in() throws IOException;

    OutputStream out() throws IOException;

    /**
     * Drops the link for {@link PrinterFault#DROP_MID_JOB}; true when the session ends with it
     * (TCP), false when the wire survives and only the partial format is lost (serial).
     */
    boolean drop();

    /** Names the peer in logs. */
    String name();
  }

  private final PrintEngine engine;
  private final Wire wire;
  private final JobSplitter splitter;

  PrinterSession(PrintEngine engine, Wire wire) {
    this.engine = engine;
    this.wire = wire;
    this.splitter = engine.language().newSplitter();
  }

  @Override
  public void run() {
    engine.connectionOpened();
    try (InputStream in = wire.in()) {
      OutputStream out = wire.out();
      byte[] buf = new byte[8192];
      for (int n; (n = in.read(buf)) > 0; ) {
        if (!handle(splitter.feed(buf, 0, n), out)) {
          return;
        }
      }
    } catch (IOException e) {
      LOG.debug("printer connection {} ended: {}", wire.name(), e.toString());
    } finally {
      boolean cut = splitter.inJob(); // before end(), which forgets the partial job
      splitter.end().forEach(this::refuse);
      if (cut) {
        engine.formatAbandoned();
      }
    }
  }

  /** Handles events; false when the session must end. */
  private boolean handle(Iterable<PrinterEvent> events, OutputStream out) throws IOException {
    for (PrinterEvent e : events) {
      if (e instanceof PrinterEvent.FormatStarted) {
        engine.formatStarted();
        if (engine.has(PrinterFault.DROP_MID_JOB)) {
          LOG.info("printer: dropping {} mid-job (fault drop-mid-job)", wire.name());
          splitter.discardPartial(); // whatever else this read held is lost with the format
          engine.formatAbandoned();
          return !wire.drop();
        }
      } else if (e instanceof PrinterEvent.FormatCompleted f) {
        engine.formatReceived(f.bytes(), f.contents());
      } else if (e instanceof PrinterEvent.Refused r) {
        refuse(r);
      } else if (e instanceof PrinterEvent.Immediate c) {
        byte[] reply = engine.immediate(c.command());
        if (reply != null) {
          out.write(reply);
          out.flush();
        }
      }
    }
    return true;
  }

  private void refuse(PrinterEvent e) {
    if (e instanceof PrinterEvent.Refused r) {
      LOG.info("printer: refused from {}: {}", wire.name(), engine.refused(r.line()).line());
    }
  }
}
