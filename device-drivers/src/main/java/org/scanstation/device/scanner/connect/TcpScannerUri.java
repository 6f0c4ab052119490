package org.scanstation.device.scanner.connect;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.scanstation.device.scanner.Framing;
import org.scanstation.device.scanner.SessionOpener;
import org.scanstation.device.scanner.stream.TcpSessionOpener;

/**
 * A scanner behind a network serial server (ser2net, Moxa NPort): {@code tcp://host:4001}.
 *
 * @param host host name or address
 * @param port TCP port
 * @param framing how scans are cut
 * @param flushOnOpen discard what the server sends at once on connect
 */
public record TcpScannerUri(String host, int port, Framing framing, boolean flushOnOpen)
    implements ScannerUri {
  /** How long one connect attempt may take before the next backoff. */
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

  /** Requires every field and a port in 1-65535. */
  public TcpScannerUri {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(framing, "framing");
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("port " + port + " is not 1-65535");
    }
  }

  static TcpScannerUri parse(String uri, String whole) {
    URI u;
    try {
      u = new URI(whole);
    } catch (URISyntaxException e) {
      throw ScannerUri.bad(uri, e.getMessage());
    }
    if (u.getHost() == null || u.getPort() < 1) {
      throw ScannerUri.bad(uri, "tcp needs a host and a port: tcp://host:port");
    }
    if (u.getRawPath() != null && !u.getRawPath().isEmpty() && !u.getRawPath().equals("/")) {
      throw ScannerUri.bad(uri, "tcp takes no path, only tcp://host:port?parameters");
    }
    QueryParams params = QueryParams.parse(uri, u.getRawQuery(), QueryParams.FRAMING_KEYS);
    String host = u.getHost().replaceAll("^\\[|]$", ""); // IPv6 literals come bracketed
    return new TcpScannerUri(host, u.getPort(), params.framing(), params.bool("flush", true));
  }

  @Override
  public SessionOpener opener(Clock clock) {
    return new TcpSessionOpener(host, port, framing, flushOnOpen, CONNECT_TIMEOUT, clock);
  }
}
