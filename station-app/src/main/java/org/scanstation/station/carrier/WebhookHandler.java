package org.scanstation.station.carrier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import org.scanstation.station.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * One webhook request, in the order that keeps a hostile caller cheap: only {@code POST} on the one
 * path; an {@code Origin} header (a browser) 403; a body over the limit 413, read no further; a
 * missing or wrong signature 401; an unreadable body 400; then the inbox: 200 for every delivery it
 * takes (kept, duplicate, unknown parcel, so that AfterShip stops retrying), 503 when the store
 * cannot keep it now (AfterShip retries). Logs name the outcome only, never the body or the secret.
 * Runs on the server's threads; thread-safe.
 */
final class WebhookHandler implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookHandler.class);

  private final AfterShipWebhook webhook;
  private final long maxBody;
  private final WebhookInbox inbox;

  WebhookHandler(AfterShipWebhook webhook, long maxBody, WebhookInbox inbox) {
    this.webhook = webhook;
    this.maxBody = maxBody;
    this.inbox = inbox;
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String[] r = answer(ex);
      LOG.info("webhook {} {}: {}", ex.getRequestMethod(), r[0], r[1]);
      send(ex, Integer.parseInt(r[0]), r[1]);
    }
  }

  /** The status and the word for it, cheapest refusals first. */
  private String[] answer(HttpExchange ex) throws IOException {
    if (!ex.getRequestURI().getPath().equals(WebhookServer.PATH)) {
      return new String[] {"404", "only " + WebhookServer.PATH + " is here"};
    }
    if (!ex.getRequestMethod().equals("POST")) {
      ex.getResponseHeaders().set("Allow", "POST");
      return new String[] {"405", "only POST"};
    }
    if (ex.getRequestHeaders().containsKey("Origin")) {
      return new String[] {"403", "browsers may not post here"};
    }
    byte[] body = body(ex);
    if (body == null) {
      return new String[] {"413", "body over " + maxBody + " bytes"};
    }
    return take(body, ex.getRequestHeaders().getFirst(AfterShipWebhook.SIGNATURE_HEADER));
  }

  /** The status and the word for it. */
  private String[] take(byte[] body, String signature) {
    if (!webhook.signed(body, signature)) {
      return new String[] {"401", "bad or missing signature"};
    }
    WebhookDelivery d;
    try {
      d = webhook.parse(body);
    } catch (IllegalArgumentException e) {
      return new String[] {"400", "unreadable delivery: " + ReadAnswers.clean(e.getMessage())};
    }
    try {
      return new String[] {"200", inbox.accept(d).name()};
    } catch (StoreUnavailableException e) {
      return new String[] {"503", "the store cannot keep it now"};
    } catch (RuntimeException e) {
      LOG.warn("webhook: the inbox failed: {}", e.toString());
      return new String[] {"500", "the inbox failed"};
    }
  }

  /** The body, or null when it is longer than the limit (then no more of it is read). */
  private byte[] body(HttpExchange ex) throws IOException {
    String length = ex.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      try {
        if (Long.parseLong(length.strip()) > maxBody) {
          return null;
        }
      } catch (NumberFormatException e) {
        return null;
      }
    }
    InputStream in = ex.getRequestBody();
    byte[] b = in.readNBytes((int) Math.min(maxBody + 1, Integer.MAX_VALUE - 8));
    return b.length > maxBody ? null : b;
  }

  private static void send(HttpExchange ex, int status, String answer) throws IOException {
    byte[] b = JsonMapper.shared().writeValueAsBytes(Map.of("status", status, "result", answer));
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.sendResponseHeaders(status, b.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(b);
    }
  }
}
