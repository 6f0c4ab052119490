package org.scanstation.device.scanner.stream;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.scanstation.device.DeviceException;
import org.scanstation.device.scanner.Framing;
import org.scanstation.device.scanner.ScannerSession;
import org.scanstation.device.scanner.SessionOpener;

/**
 * Opens a scanner behind a network serial server (ser2net, Moxa NPort in TCP server mode): a raw
 * TCP stream framed like a serial line. Thread-safe (immutable).
 */
public final class TcpSessionOpener implements SessionOpener {
  private final String host;
  private final int port;
  private final Framing framing;
  private final boolean flushOnOpen;
  private final Duration connectTimeout;
  private final Clock clock;

  /**
   * @param flushOnOpen discard what the server sends at once on connect (some NPort modes replay
   *     their buffer): scans the station did not see happen
   * @param connectTimeout how long a connect attempt may block
   */
  public TcpSessionOpener(
      String host,
      int port,
      Framing framing,
      boolean flushOnOpen,
      Duration connectTimeout,
      Clock clock) {
    this.host = Objects.requireNonNull(host, "host");
    this.port = port;
    this.framing = Objects.requireNonNull(framing, "framing");
    this.flushOnOpen = flushOnOpen;
    this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public ScannerSession open() {
    Socket socket = new Socket();
    try {
      socket.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
      socket.setSoTimeout((int) framing.readTimeout().toMillis());
      // A serial server that loses power never closes the connection; keepalive eventually notices.
      socket.setKeepAlive(true);
      InputStream in = socket.getInputStream();
      if (flushOnOpen) {
        in.skipNBytes(in.available());
      }
      return new StreamSession("tcp " + host + ":" + port, in, socket, framing, clock);
    } catch (IOException e) {
      closeQuietly(socket);
      throw new DeviceException("scanner server " + host + ":" + port + " " + why(e), e);
    }
  }

  private String why(IOException e) {
    if (e instanceof ConnectException) {
      return "refused the connection — is ser2net / the NPort running, and is the port right?";
    }
    if (e instanceof UnknownHostException) {
      return "is unknown — check the host name";
    }
    if (e instanceof SocketTimeoutException) {
      return "did not answer within "
          + connectTimeout.toMillis()
          + " ms — is it powered and on this network?";
    }
    if (e instanceof NoRouteToHostException) {
      return "cannot be reached (no route) — check the network";
    }
    return "cannot be reached: " + e;
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // nothing was open
    }
  }
}
