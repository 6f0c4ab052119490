package org.scanstation.simulator.scanner;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.scanstation.simulator.net.TcpListener;

/**
 * A scanner behind a TCP serial server (ser2net, a Moxa NPort in raw TCP mode): the station
 * connects to host:port and receives the byte stream. Scans go to every connected client; with
 * none, they are lost, as on the real device. Unplug closes the port and every connection.
 */
final class TcpScanLink implements ScanLink {
  private final TcpListener listener;
  private final List<Socket> clients = new CopyOnWriteArrayList<>();
  private final ReceivedBytes received = new ReceivedBytes();

  TcpScanLink(InetAddress host, int port) {
    this.listener = new TcpListener(host, port, this::accepted, "scanner");
    listener.listen();
  }

  private void accepted(Socket s) {
    try {
      s.setTcpNoDelay(true); // a scan is a few bytes; send it now
      received.pumpInBackground(
          s.getInputStream(),
          "scanner client " + s.getRemoteSocketAddress(),
          () -> closeQuietly(s));
      clients.add(s);
    } catch (IOException e) {
      closeQuietly(s);
    }
  }

  @Override
  public synchronized boolean write(byte[] bytes) {
    boolean delivered = false;
    for (Socket s : clients) {
      try {
        OutputStream out = s.getOutputStream();
        out.write(bytes);
        out.flush();
        delivered = true;
      } catch (IOException e) {
        clients.remove(s); // the station went away
        closeQuietly(s);
      }
    }
    return delivered;
  }

  @Override
  public synchronized void unplug() {
    listener.stopListening();
    for (Socket s : clients) {
      closeQuietly(s);
    }
    clients.clear();
  }

  @Override
  public synchronized void replug() {
    listener.listen();
  }

  @Override
  public boolean pluggedIn() {
    return listener.listening();
  }

  @Override
  public String address() {
    return listener.address();
  }

  @Override
  public int port() {
    return listener.port();
  }

  /** Connected stations; one that disconnected is gone once its end-of-stream is read. */
  @Override
  public int connections() {
    clients.removeIf(Socket::isClosed);
    return clients.size();
  }

  @Override
  public byte[] received() {
    return received.last();
  }

  @Override
  public void close() {
    unplug();
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // already gone
    }
  }
}
