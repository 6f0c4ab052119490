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
 * TCP stream framed like a serial line. What the server sends at once is discarded (counted and
 * reported) only on the first connect, with {@code flushOnOpen}; on a reconnect it is framed (see
 * {@link Backlog}): a server that replays its buffer may repeat scans, which the station answers as
 * duplicates.
 *
 * <p>Called by one scanner's thread only: it remembers that scanner's last session.
 */
public final class TcpSessionOpener implements SessionOpener {
  private final String host;
  private final int port;
  private final Framing framing;
  private final boolean flushOnOpen;
  private final Duration connectTimeout;
  private final Clock clock;
  private StreamSession previous;

  /**
   * @param flushOnOpen on the first connect, discard (and report) what the server sends at once
   *     (some NPort modes replay their buffer): scans the station did not see happen
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
      Backlog backlog = Backlog.next(previous, flushOnOpen);
      previous = new StreamSession("tcp " + host + ":" + port, in, socket, framing, backlog, clock);
      return previous;
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
