package org.scanstation.device.printer.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import org.scanstation.device.DeviceException;
import org.scanstation.device.serial.SerialLink;
import org.scanstation.device.serial.SerialSettings;

/**
 * A printer on a serial line, through {@link SerialLink} (the one class that touches jSerialComm).
 * Replies come back on the same line. Immutable.
 *
 * @param path the port's path: /dev/ttyUSB0, /dev/serial/by-id/..., a pty
 * @param settings baud rate and framing; the read timeout is the poll step of {@link #open()}'s
 *     wire
 */
public record SerialPrinterLink(String path, SerialSettings settings) implements PrinterLink {

  @Override
  public String address() {
    return path;
  }

  @Override
  public int bitsPerSecond() {
    return settings.baud();
  }

  @Override
  public PrinterWire open() throws IOException {
    try {
      return new LineWire(SerialLink.open(path, settings.withReadTimeout(Duration.ofMillis(50))));
    } catch (DeviceException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /** An open port as a wire. */
  private static final class LineWire implements PrinterWire {
    private final SerialLink link;

    LineWire(SerialLink link) {
      this.link = link;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      link.output().write(bytes, offset, length);
      link.output().flush();
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws IOException {
      InputStream in = link.input();
      long deadline = System.nanoTime() + timeout.toNanos();
      do {
        try {
          return in.read(buffer);
        } catch (InterruptedIOException step) {
          // the port's own short timeout: keep waiting until ours has passed
        }
      } while (System.nanoTime() < deadline);
      return 0;
    }

    @Override
    public void discardInput() throws IOException {
      // Not link.discardInput(): it flushes the OS's output buffer too, which at 9600 baud may
      // still hold the end of the job just written.
      InputStream in = link.input();
      for (int n = in.available(); n > 0; n = in.available()) {
        in.skipNBytes(n);
      }
    }

    @Override
    public boolean canRead() {
      return true;
    }

    @Override
    public void close() {
      link.close();
    }
  }
}
