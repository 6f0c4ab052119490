package org.scanstation.simulator.printer;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import org.scanstation.common.DaemonThreads;
import org.scanstation.simulator.pty.SocatPty;

/**
 * The printer on a serial line, simulated by a socat pty at a fixed path. There is no connection to
 * drop: {@link PrinterFault#DROP_MID_JOB} loses the partial format, and {@link
 * PrinterFault#REFUSE_CONNECTIONS} unplugs (the path disappears) until cleared.
 */
final class SerialPrinterPort implements PrinterPort {
  private final PrintEngine engine;
  private final Path path;
  private SocatPty pty;

  SerialPrinterPort(PrintEngine engine, Path path) {
    this.engine = engine;
    this.path = path;
    plug();
  }

  synchronized void plug() {
    if (pty != null) {
      return;
    }
    pty = SocatPty.open(path);
    DaemonThreads.start("printer pty " + path, new PrinterSession(engine, new PtyWire(pty)));
  }

  synchronized void unplug() {
    if (pty != null) {
      pty.close(); // the session reads end-of-stream and ends
      pty = null;
    }
  }

  synchronized boolean pluggedIn() {
    return pty != null && pty.isOpen();
  }

  @Override
  public String address() {
    return path.toAbsolutePath().toString();
  }

  @Override
  public void refuse(boolean on) {
    if (on) {
      unplug();
    } else {
      plug();
    }
  }

  @Override
  public void close() {
    unplug();
  }

  /** The pty as a session's wire. */
  private record PtyWire(SocatPty pty) implements PrinterSession.Wire {
    @Override
    public InputStream in() {
      return pty.fromDevice();
    }

    @Override
    public OutputStream out() {
      return pty.toDevice();
    }

    @Override
    public boolean drop() {
      return false;
    }

    @Override
    public String name() {
      return pty.path().toString();
    }
  }
}
