package org.scanstation.simulator.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A station-like TCP client for the printer (any language): plain sockets, blocking reads with a
 * timeout.
 */
public final class ZebraClient implements AutoCloseable {
  private static final char ETX = '\u0003';

  private final Socket socket;
  private final InputStream in;

  public ZebraClient(int port) throws IOException {
    socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setSoTimeout(5000); // a missing answer fails the test instead of hanging it
    in = socket.getInputStream();
  }

  public void send(String zpl) throws IOException {
    socket.getOutputStream().write(zpl.getBytes(StandardCharsets.ISO_8859_1));
    socket.getOutputStream().flush();
  }

  /** Sends {@code ~HS} and reads its three lines. */
  public String hostStatus() throws IOException {
    send("~HS");
    return readEtxs(3, true);
  }

  /** Sends {@code ~HQES} and reads its reply. */
  public String extendedStatus() throws IOException {
    send("~HQES");
    return readEtxs(1, false);
  }

  /** Reads until {@code count} ETX (each followed by CR LF when {@code crlf}). */
  public String readEtxs(int count, boolean crlf) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int seen = 0;
    while (seen < count) {
      int c = in.read();
      if (c < 0) {
        throw new IOException("connection closed after " + b);
      }
      b.write(c);
      if (c == ETX) {
        seen++;
        if (crlf) {
          b.write(in.read());
          b.write(in.read());
        }
      }
    }
    return b.toString(StandardCharsets.ISO_8859_1);
  }

  /** Reads up to and including the next LF (an EPL2 {@code ^ee} reply). */
  public String readLine() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int c = 0; c != '\n'; ) {
      c = in.read();
      if (c < 0) {
        throw new IOException("connection closed after " + b);
      }
      b.write(c);
    }
    return b.toString(StandardCharsets.ISO_8859_1);
  }

  /** Bytes already waiting, without blocking. */
  public int available() throws IOException {
    return in.available();
  }

  /** Reads one byte (blocking up to the timeout); -1 at end of stream. */
  public int read() throws IOException {
    return in.read();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
