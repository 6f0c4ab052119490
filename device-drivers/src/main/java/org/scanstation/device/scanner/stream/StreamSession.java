package org.scanstation.device.scanner.stream;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Clock;
import org.scanstation.device.scanner.Arrival;
import org.scanstation.device.scanner.Framer;
import org.scanstation.device.scanner.Framing;
import org.scanstation.device.scanner.ScanSink;
import org.scanstation.device.scanner.ScannerError;
import org.scanstation.device.scanner.ScannerSession;

/**
 * A session over a byte stream whose reads time out like a socket's (a serial port through {@code
 * SerialLink}, a TCP socket): every read is stamped when it returns and framed. Not thread-safe;
 * used by the scanner's thread only.
 */
final class StreamSession implements ScannerSession {
  private final String description;
  private final InputStream in;
  private final AutoCloseable resource;
  private final Framer framer;
  private final Clock clock;
  private final byte[] buffer = new byte[4096];

  StreamSession(
      String description, InputStream in, AutoCloseable resource, Framing framing, Clock clock) {
    this.description = description;
    this.in = in;
    this.resource = resource;
    this.framer = new Framer(framing);
    this.clock = clock;
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public boolean poll(ScanSink sink) throws IOException {
    int n;
    try {
      n = in.read(buffer);
    } catch (InterruptedIOException timeout) {
      framer.idle(System.nanoTime(), sink);
      return true;
    }
    if (n < 0) {
      if (framer.pendingBytes() > 0) {
        sink.problem(
            ScannerError.Kind.INCOMPLETE_FRAME,
            framer.pendingBytes()
                + " bytes without a terminator were lost when "
                + description
                + " went away");
      }
      return false;
    }
    framer.feed(buffer, 0, n, new Arrival(System.nanoTime(), clock.instant()), sink);
    return true;
  }

  @Override
  public void close() {
    try {
      resource.close();
    } catch (Exception e) {
      // Closing a port or socket that already failed: nothing left to release.
    }
  }
}
