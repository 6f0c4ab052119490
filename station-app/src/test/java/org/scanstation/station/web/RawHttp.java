package org.scanstation.station.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 by hand over a socket, for what the JDK client will not send: a foreign {@code Host}, a
 * declared length it then does not send, a chunked body that runs on. Reads one answer by its
 * {@code Content-Length}, so a server that is still draining the body does not keep it waiting.
 */
final class RawHttp implements AutoCloseable {
  /** An answer: status and body. */
  record Answer(int status, String body) {}

  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;

  RawHttp(URI base) throws IOException {
    socket = new Socket(base.getHost(), base.getPort());
    socket.setSoTimeout(30_000);
    out = socket.getOutputStream();
    in = socket.getInputStream();
  }

  /** Sends a request line and headers (each ending in CRLF is added) and the blank line. */
  RawHttp head(String requestLine, String... headers) throws IOException {
    StringBuilder b = new StringBuilder(requestLine).append("\r\n");
    for (String h : headers) {
      b.append(h).append("\r\n");
    }
    out.write(b.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    return this;
  }

  /** Sends body bytes as they are. */
  RawHttp write(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
    return this;
  }

  /** Sends one chunk of a chunked body. */
  RawHttp chunk(byte[] bytes) throws IOException {
    write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    write(bytes);
    return write("\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  /** Reads one answer. */
  Answer answer() throws IOException {
    String status = line();
    int length = 0;
    for (String h = line(); !h.isEmpty(); h = line()) {
      if (h.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(h.substring(h.indexOf(':') + 1).strip());
      }
    }
    String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
    return new Answer(Integer.parseInt(status.split(" ")[1]), body);
  }

  private String line() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed after: " + b);
      }
      if (c != '\r') {
        b.write(c);
      }
    }
    return b.toString(StandardCharsets.ISO_8859_1);
  }

  /** One GET with {@code Host: host} and any more headers. */
  static Answer get(URI base, String path, String host, String... headers) throws IOException {
    return request(base, "GET " + path, host, new byte[0], headers);
  }

  /** One request with a body of known length. */
  static Answer request(URI base, String line, String host, byte[] body, String... headers)
      throws IOException {
    String[] all = new String[headers.length + 3];
    all[0] = "Host: " + host;
    all[1] = "Content-Length: " + body.length;
    all[2] = "Connection: close";
    System.arraycopy(headers, 0, all, 3, headers.length);
    try (RawHttp c = new RawHttp(base)) {
      return c.head(line + " HTTP/1.1", all).write(body).answer();
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
