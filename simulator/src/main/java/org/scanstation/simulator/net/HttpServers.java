package org.scanstation.simulator.net;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * Creates the JDK's HTTP servers with TCP_NODELAY. The JDK server writes a response's headers and
 * body as two segments; with Nagle's algorithm and the client's delayed ACK every answer then waits
 * about 40 ms, which makes a burst of backend calls crawl. The switch is the JVM-wide property
 * {@code sun.net.httpserver.nodelay}, read once when the first server is made, so it is set here
 * unless the user chose a value.
 */
public final class HttpServers {
  private static final String NODELAY = "sun.net.httpserver.nodelay";

  private HttpServers() {}

  /** A new, not yet started server bound to {@code address}. */
  public static HttpServer create(InetSocketAddress address, int backlog) throws IOException {
    if (System.getProperty(NODELAY) == null) {
      System.setProperty(NODELAY, "true");
    }
    return HttpServer.create(address, backlog);
  }
}
