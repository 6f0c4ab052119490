package org.scanstation.simulator.scanner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.scanstation.simulator.pty.SocatPty;

/** A scanner on a socat pty: unplug stops socat (the path disappears), replug starts it again. */
final class PtyScanLink implements ScanLink {
  private final Path path;
  private final ReceivedBytes received = new ReceivedBytes();
  private SocatPty pty;

  PtyScanLink(Path path) {
    this.path = path;
    replug();
  }

  @Override
  public synchronized boolean write(byte[] bytes) {
    if (pty == null || !pty.isOpen()) {
      return false;
    }
    try {
      OutputStream out = pty.toDevice();
      out.write(bytes);
      out.flush();
      return true;
    } catch (IOException e) {
      return false; // socat died under us: as good as unplugged
    }
  }

  @Override
  public synchronized void unplug() {
    if (pty != null) {
      pty.close();
      pty = null;
    }
  }

  @Override
  public synchronized void replug() {
    if (pty == null) {
      pty = SocatPty.open(path);
      received.pumpInBackground(pty.fromDevice(), "scanner pty " + path, () -> {});
    }
  }

  @Override
  public synchronized boolean pluggedIn() {
    return pty != null && pty.isOpen();
  }

  @Override
  public String address() {
    return pty != null ? pty.path().toString() : path.toAbsolutePath().toString();
  }

  @Override
  public int port() {
    return -1;
  }

  @Override
  public int connections() {
    return pluggedIn() ? 1 : 0;
  }

  @Override
  public byte[] received() {
    return received.last();
  }

  @Override
  public void close() {
    unplug();
  }
}
