package org.scanstation.simulator.testing;

import static org.awaitility.Awaitility.await;

import com.fazecast.jSerialComm.SerialPort;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The station's side of a pty in tests, opened the way the station opens it: with jSerialComm. The
 * only test class that touches jSerialComm. Not thread-safe.
 */
public final class SerialTestPort implements AutoCloseable {
  private final SerialPort port;
  private final ByteArrayOutputStream received = new ByteArrayOutputStream();

  private SerialTestPort(SerialPort port) {
    this.port = port;
  }

  public static SerialTestPort open(Path path) {
    SerialPort p = SerialPort.getCommPort(path.toString());
    p.setComPortParameters(9600, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
    if (!p.openPort()) {
      throw new IllegalStateException(
          "jSerialComm cannot open " + path + " (error " + p.getLastErrorCode() + ")");
    }
    p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 50, 0);
    return new SerialTestPort(p);
  }

  public void write(String text) {
    byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
    int n = port.writeBytes(b, b.length);
    if (n != b.length) {
      throw new IllegalStateException("wrote " + n + " of " + b.length + " bytes");
    }
  }

  /** Reads what is there (waiting up to 50 ms for a first byte) and returns all received. */
  public String poll() {
    byte[] buf = new byte[4096];
    int n = port.readBytes(buf, buf.length);
    if (n > 0) {
      received.write(buf, 0, n);
    }
    return received();
  }

  /** Everything received so far, ISO-8859-1. */
  public String received() {
    return received.toString(StandardCharsets.ISO_8859_1);
  }

  /** Waits until the received text contains {@code expected}; returns all received. */
  public String awaitReceived(String expected) {
    await()
        .atMost(Duration.ofSeconds(5))
        .pollInterval(Duration.ofMillis(10))
        .until(() -> poll().contains(expected));
    return received();
  }

  /** Waits until {@code n} copies of {@code separator} have arrived; returns all received. */
  public String awaitCount(int n, char separator) {
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(10))
        .until(() -> poll().chars().filter(c -> c == separator).count() >= n);
    return received();
  }

  public void clear() {
    received.reset();
  }

  @Override
  public void close() {
    port.closePort();
  }
}
