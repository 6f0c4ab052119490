package org.scanstation.simulator.backend;

import java.time.Instant;
import java.util.Map;

/**
 * A request the backend received, kept for assertions. The {@code as-api-key} header is kept as
 * {@code <redacted>}: the key is never stored or logged.
 *
 * @param at when it arrived
 * @param method HTTP method
 * @param path the request path
 * @param query the raw query string, or empty
 * @param headers request headers (lower-case names, first value)
 * @param body the body as UTF-8 text
 * @param status the HTTP status answered, or 0 when the connection was dropped unanswered
 * @param metaCode the envelope's meta code, or 0 when none was sent
 */
public record ReceivedRequest(
    Instant at,
    String method,
    String path,
    String query,
    Map<String, String> headers,
    String body,
    int status,
    int metaCode) {
  /** Copies the headers. */
  public ReceivedRequest {
    headers = Map.copyOf(headers);
  }
}
