package org.scanstation.simulator.uspsapi;

import com.sun.net.httpserver.Headers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.scanstation.common.QueryString;

/**
 * OAuth 2.0 client credentials as USPS's {@code /oauth2/v3/token} takes them: a form body with
 * {@code grant_type=client_credentials} and the client's id and secret (in the body or as HTTP
 * Basic), answered with a Bearer token for the {@code tracking} scope; and the check of that token
 * on every tracking call. Secrets are compared in constant time and never kept. Thread-safe.
 */
final class TokenEndpoint {
  private static final Set<String> FORM =
      Set.of("grant_type", "client_id", "client_secret", "scope");

  private final byte[] clientId;
  private final byte[] secret;
  private final Tokens tokens;
  private final TrackingJson json;
  private final Clock clock;
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong unauthorized = new AtomicLong();

  TokenEndpoint(UspsApiSettings s, TrackingJson json) {
    this.clientId = s.clientId().getBytes(StandardCharsets.UTF_8);
    this.secret = s.clientSecret().getBytes(StandardCharsets.UTF_8);
    this.tokens = new Tokens(s.tokenTtl());
    this.json = json;
    this.clock = s.clock();
  }

  /** The answer to one token request. */
  UspsApiHandler.Answer answer(String body, Headers headers) {
    requests.incrementAndGet();
    Map<String, String> form;
    try {
      form = QueryString.parse(body.strip(), FORM);
    } catch (IllegalArgumentException e) {
      return new UspsApiHandler.Answer(400, json.oauthError("invalid_request", e.getMessage()));
    }
    if (!"client_credentials".equals(form.get("grant_type"))) {
      return new UspsApiHandler.Answer(
          400, json.oauthError("unsupported_grant_type", "grant_type must be client_credentials"));
    }
    String[] basic = basic(headers.getFirst("Authorization"));
    String id = basic != null ? basic[0] : form.getOrDefault("client_id", "");
    String given = basic != null ? basic[1] : form.getOrDefault("client_secret", "");
    if (!same(clientId, id) | !same(secret, given)) {
      unauthorized.incrementAndGet();
      return new UspsApiHandler.Answer(
          401, json.oauthError("invalid_client", "Client authentication failed."));
    }
    Instant now = clock.instant();
    String token = tokens.issue(now);
    return new UspsApiHandler.Answer(200, json.token(token, tokens.ttlSeconds(), id, now));
  }

  /** Null when the {@code Authorization} header carries a live token; else the 401 to answer. */
  UspsApiHandler.Answer checkBearer(String authorization, Instant now) {
    String token =
        authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
            ? authorization.substring(7).strip()
            : null;
    if (tokens.valid(token, now)) {
      return null;
    }
    unauthorized.incrementAndGet();
    return new UspsApiHandler.Answer(
        401,
        Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""),
        json.error(
            401,
            "Unauthorized",
            "Invalid token",
            token == null
                ? "No Bearer token; get one at /oauth2/v3/token."
                : "The access token is invalid or has expired; get a new one."));
  }

  /** {@code [id, secret]} from an HTTP Basic header, or null when there is none. */
  private static String[] basic(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String pair =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).strip()),
              StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      return colon < 0 ? null : new String[] {pair.substring(0, colon), pair.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean same(byte[] expected, String given) {
    return MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8));
  }

  long requests() {
    return requests.get();
  }

  long issued() {
    return tokens.issued();
  }

  long unauthorized() {
    return unauthorized.get();
  }
}
