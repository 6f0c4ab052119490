package org.scanstation.simulator.printer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.scanstation.common.DaemonThreads;
import org.scanstation.simulator.net.TcpListener;

/** The printer's raw TCP port (9100 on real printers): one session thread per connection. */
final class TcpPrinterPort implements PrinterPort {
  private final PrintEngine engine;
  private final TcpListener listener;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final ExecutorService sessions =
      Executors.newCachedThreadPool(DaemonThreads.named("printer session"));

  TcpPrinterPort(PrintEngine engine, InetAddress host, int port) {
    this.engine = engine;
    this.listener = new TcpListener(host, port, this::accepted, "printer");
    listener.listen();
  }

  private void accepted(Socket s) {
    open.add(s);
    sessions.execute(
        () -> {
          try {
            new PrinterSession(engine, new SocketWire(s)).run();
          } finally {
            open.remove(s);
            closeQuietly(s);
          }
        });
  }

  @Override
  public String address() {
    return listener.address();
  }

  int port() {
    return listener.port();
  }

  @Override
  public void refuse(boolean on) {
    if (on) {
      listener.stopListening();
    } else {
      listener.listen();
    }
  }

  @Override
  public void close() {
    listener.close();
    open.forEach(TcpPrinterPort::closeQuietly);
    sessions.shutdownNow();
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // already gone
    }
  }

  /** A TCP connection as a session's wire. */
  private record SocketWire(Socket socket) implements PrinterSession.Wire {
    @Override
    public InputStream in() throws IOException {
      return socket.getInputStream();
    }

    @Override
    public OutputStream out() throws IOException {
      return socket.getOutputStream();
    }

    @Override
    public boolean drop() {
      try {
        socket.setSoLinger(true, 0); // close with RST: the sender sees "connection reset"
      } catch (IOException e) {
        // closing anyway
      }
      closeQuietly(socket);
      return true;
    }

    @Override
    public String name() {
      return String.valueOf(socket.getRemoteSocketAddress());
    }
  }
}
