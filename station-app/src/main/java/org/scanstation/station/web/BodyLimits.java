package org.scanstation.station.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Reads request bodies within a bound each route chooses, before anything parses them. A {@code
 * Content-Length} over the bound is refused (413) without reading a byte of the body; a chunked
 * body is refused as soon as it runs past the bound. A body allowed to be larger than {@link
 * #SMALL} also needs one of {@value #LARGE_READS} permits (waiting up to {@value #WAIT_SECONDS} s,
 * else 503), so concurrent uploads hold at most {@code LARGE_READS × IMPORT} bytes, twice over
 * while being read: tens of MiB, never the heap. Thread-safe; one per server.
 */
final class BodyLimits {
  /** A scan, a sign-in, a reprint, an actor: a few hundred bytes, with room to spare. */
  static final int SMALL = 4 * 1024;

  /** One batch of shipment rows over the local API (the CLI sends 500 rows at a time). */
  static final int IMPORT = 8 * 1024 * 1024;

  /** Large bodies read at once. */
  static final int LARGE_READS = 2;

  private static final int WAIT_SECONDS = 5;

  /** The most bytes of a refused body read and discarded so that the client gets its 413. */
  private static final long DISCARD_AT_MOST = 256 * 1024;

  private final Semaphore large = new Semaphore(LARGE_READS);

  /**
   * The whole body, at most {@code max} bytes. Blocks while the client sends it.
   *
   * @throws HttpError 413 over {@code max}, 400 for a malformed length, 503 when too many large
   *     bodies are being read
   */
  byte[] read(HttpExchange http, int max) throws IOException {
    long declared = declaredLength(http);
    if (declared > max) {
      throw refuse(http, max, declared);
    }
    if (max <= SMALL) {
      return readAtMost(http, max);
    }
    try {
      if (!large.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
        http.getResponseHeaders().set("Retry-After", String.valueOf(WAIT_SECONDS));
        throw new HttpError(503, "the station is reading other large requests; try again shortly");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HttpError(503, "the station is stopping");
    }
    try {
      return readAtMost(http, max);
    } finally {
      large.release();
    }
  }

  private static byte[] readAtMost(HttpExchange http, int max) throws IOException {
    InputStream in = http.getRequestBody();
    byte[] bytes = in.readNBytes(max + 1);
    if (bytes.length > max) {
      // A chunked body of unknown length: waiting for its end would wait on the client before it
      // has its answer. Not read further; the connection closes after the 413.
      throw refuse(http, max, Long.MAX_VALUE);
    }
    in.close();
    return bytes;
  }

  private static long declaredLength(HttpExchange http) {
    String v = http.getRequestHeaders().getFirst("Content-Length");
    if (v == null) {
      return -1;
    }
    try {
      return Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      throw new HttpError(400, "Content-Length is not a number");
    }
  }

  /**
   * The 413 for a body over {@code max} with {@code rest} bytes still to come. A declared body of
   * up to {@link #DISCARD_AT_MOST} bytes is read and thrown away first: a client still sending it
   * when the server hangs up would see its connection reset instead of the answer. A bigger one, or
   * one of unknown length, is not read: the connection is closed.
   */
  private static HttpError refuse(HttpExchange http, int max, long rest) throws IOException {
    if (rest <= DISCARD_AT_MOST) {
      InputStream in = http.getRequestBody();
      byte[] sink = new byte[8192];
      for (long left = rest; left > 0; ) {
        int n = in.read(sink, 0, (int) Math.min(sink.length, left));
        if (n < 0) {
          break;
        }
        left -= n;
      }
    } else {
      http.getResponseHeaders().set("Connection", "close");
    }
    return tooLarge(max);
  }

  private static HttpError tooLarge(int max) {
    return new HttpError(
        413, "request body over " + max + " bytes, the most this route takes; send less");
  }
}
