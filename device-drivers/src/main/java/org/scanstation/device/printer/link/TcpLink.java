package org.scanstation.device.printer.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * A printer's raw TCP port (9100 on Zebras and most network label printers): bidirectional, so
 * status replies come back on the connection the job went out on. Immutable.
 *
 * @param host the printer's name or address
 * @param port its raw port
 * @param connectTimeout how long a connect may take
 */
public record TcpLink(String host, int port, Duration connectTimeout) implements PrinterLink {

  @Override
  public String address() {
    return host + ":" + port;
  }

  @Override
  public PrinterWire open() throws IOException {
    Socket socket = new Socket();
    try {
      socket.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
      socket.setTcpNoDelay(true);
      socket.setKeepAlive(true);
      return new SocketWire(socket);
    } catch (IOException e) {
      socket.close();
      throw new IOException(why(e), e);
    }
  }

  private String why(IOException e) {
    if (e instanceof UnknownHostException) {
      return "unknown host " + host + " — check the name, or use the printer's IP address";
    }
    if (e instanceof ConnectException) {
      return "connection refused — is the printer on, and is "
          + port
          + " its raw port (9100 on Zebras)?";
    }
    if (e instanceof SocketTimeoutException) {
      return "no answer to connect within "
          + connectTimeout.toMillis()
          + " ms — is it on and on this network?";
    }
    if (e instanceof NoRouteToHostException) {
      return "no route to host — check the network and the printer's address";
    }
    return "cannot connect: " + e.getMessage();
  }

  /** A connected socket as a wire. */
  private static final class SocketWire implements PrinterWire {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    SocketWire(Socket socket) throws IOException {
      this.socket = socket;
      this.in = socket.getInputStream();
      this.out = socket.getOutputStream();
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
      out.flush();
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws IOException {
      socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
      try {
        return in.read(buffer);
      } catch (SocketTimeoutException nothingYet) {
        return 0;
      }
    }

    @Override
    public void discardInput() throws IOException {
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
      try {
        socket.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
  }
}
