package org.scanstation.station.carrier;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.scanstation.station.config.Secret;
import tools.jackson.databind.JsonNode;

/**
 * The USPS APIs v3 access token of one client (OAuth 2.0 client credentials, scope {@code
 * tracking}): fetched on first need, reused until shortly before it expires (a minute, or a tenth
 * of its lifetime when that is shorter), dropped when a read is refused with 401 so that the next
 * need fetches a new one. The secret goes in the token request's form body only. Thread-safe: one
 * fetch at a time, and callers wait for it (it blocks for one HTTP call).
 */
final class UspsToken {
  private static final Duration MARGIN = Duration.ofSeconds(60);

  /** A token, or why there is none. */
  sealed interface Grant {
    /** A token to send as {@code Authorization: Bearer}. */
    record Token(String value) implements Grant {
      @Override
      public String toString() {
        return "Token[hidden]";
      }
    }

    /** No token: the read answers this instead. */
    record Failed(ReadReply reply) implements Grant {}
  }

  private final URI tokenUri;
  private final String clientId;
  private final Secret secret;
  private final UspsCall call;
  private final Clock clock;
  private String token;
  private Instant renewAt = Instant.MIN;

  UspsToken(URI base, String clientId, Secret secret, UspsCall call, Clock clock) {
    this.tokenUri = URI.create(base.toString().replaceAll("/+$", "") + "/oauth2/v3/token");
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.secret = Objects.requireNonNull(secret, "secret");
    this.call = call;
    this.clock = clock;
  }

  /** The cached token while it is fresh, else a new one; blocks while another thread fetches. */
  synchronized Grant get() {
    if (token != null && clock.instant().isBefore(renewAt)) {
      return new Grant.Token(token);
    }
    token = null;
    return fetch();
  }

  /** Forgets {@code refused} if it is still the cached one (another thread may have renewed it). */
  synchronized void invalidate(Grant.Token refused) {
    if (refused.value().equals(token)) {
      token = null;
    }
  }

  private Grant fetch() {
    Instant asked = clock.instant();
    UspsCall.Response r =
        call.send(
            HttpRequest.newBuilder(tokenUri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(), StandardCharsets.UTF_8)));
    if (r.fault() != null) {
      return failed(new ReadOutcome.Retry("USPS token endpoint " + tokenUri + ": " + r.fault()));
    }
    if (r.status() == 200) {
      JsonNode j = UspsReplies.json(r.body());
      String value = j.path("access_token").asString("");
      long expiresIn = j.path("expires_in").asLong(0);
      if (value.isEmpty() || expiresIn <= 0) {
        return failed(new ReadOutcome.Retry("USPS token answer without access_token/expires_in"));
      }
      Duration life = Duration.ofSeconds(expiresIn);
      Duration margin = life.dividedBy(10).compareTo(MARGIN) < 0 ? life.dividedBy(10) : MARGIN;
      token = value;
      renewAt = asked.plus(life).minus(margin);
      return new Grant.Token(value);
    }
    return failed(refusal(r));
  }

  private ReadOutcome refusal(UspsCall.Response r) {
    if (r.status() == 429 || r.status() == 503 || r.status() >= 500 || r.status() == 408) {
      return UspsReplies.passing(r, clock, "USPS token endpoint");
    }
    JsonNode j = UspsReplies.json(r.body());
    // An answer that echoes the form must not carry the secret into a message.
    String said =
        UspsReplies.bounded(
                j.path("error").asString("") + " " + j.path("error_description").asString(""))
            .replace(secret.reveal(), "<hidden>");
    return new ReadOutcome.Refused(
        "USPS refused the credentials of client id "
            + clientId
            + " (HTTP "
            + r.status()
            + (said.isBlank() ? "" : ": " + said.strip())
            + "); check tracking.usps.client-id and the client secret");
  }

  private static Grant failed(ReadOutcome outcome) {
    return new Grant.Failed(ReadReply.of(outcome));
  }

  /** The form body; spaces as %20 so that either reading of {@code +} gets the same secret. */
  private String form() {
    return "grant_type=client_credentials&client_id="
        + encode(clientId)
        + "&client_secret="
        + encode(secret.reveal())
        + "&scope=tracking";
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
