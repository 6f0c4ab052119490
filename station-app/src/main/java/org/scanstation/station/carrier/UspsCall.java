package org.scanstation.station.carrier;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP exchange with USPS APIs v3 over the JDK's HttpClient (keep-alive, no redirects
 * followed), its body read up to {@link #MAX_BODY}: an answer is never trusted to be small. Never
 * throws for network faults; never logs. Thread-safe.
 */
final class UspsCall {
  /** Largest answer body read; a longer one is refused as a fault. */
  static final int MAX_BODY = 2 * 1024 * 1024;

  /**
   * What came back.
   *
   * @param status the HTTP status, or 0 when there was no answer
   * @param headers lower-case names, first values
   * @param body the body as UTF-8, or empty
   * @param fault why there is no usable answer (timeout, connection, too large), or null
   */
  record Response(int status, Map<String, String> headers, String body, String fault) {
    static Response failed(String fault) {
      return new Response(0, Map.of(), "", fault);
    }
  }

  private final HttpClient http;
  private final Duration timeout;

  UspsCall(Duration timeout) {
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  Duration timeout() {
    return timeout;
  }

  /** Sends {@code request} (its timeout is set here) and reads the bounded answer. */
  Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<InputStream> r =
          http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofInputStream());
      byte[] body;
      try (InputStream in = r.body()) {
        body = in.readNBytes(MAX_BODY + 1);
      }
      if (body.length > MAX_BODY) {
        return Response.failed("answer larger than " + MAX_BODY / (1024 * 1024) + " MiB");
      }
      Map<String, String> headers = new HashMap<>();
      r.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
      return new Response(r.statusCode(), headers, new String(body, StandardCharsets.UTF_8), null);
    } catch (HttpTimeoutException e) {
      return Response.failed("no answer within " + timeout);
    } catch (IOException e) {
      String why = e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
      return Response.failed("connection failed: " + e.getClass().getSimpleName() + why);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Response.failed("interrupted");
    }
  }
}
