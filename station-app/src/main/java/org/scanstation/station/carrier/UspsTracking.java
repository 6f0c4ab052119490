package org.scanstation.station.carrier;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.scanstation.station.config.Secret;
import org.scanstation.station.config.Setting;
import org.scanstation.station.config.StationConfig;

/**
 * USPS APIs v3 tracking for the parcels whose Mailer ID is one of the station's own ({@link
 * OwnMids}): {@code GET /tracking/v3/tracking/{number}?expand=DETAIL} with a cached client
 * credentials token ({@link UspsToken}). A 401 drops the token and the call is made once more with
 * a new one; a second 401 is {@code Refused}. A 403 (the Mailer ID is not this client's) is {@code
 * NotAuthorized}, a final answer for that parcel; 429 and 503 with {@code Retry-After} are {@code
 * RateLimited}; other faults {@code Retry}. Answers are read up to 2 MiB and 200 events.
 *
 * <p>Blocks for one or two HTTP calls (three when the token must be fetched again), each within the
 * timeout. Never retries beyond that, never logs the secret or a token. Thread-safe.
 */
public final class UspsTracking implements CarrierReader {
  /**
   * The variable that holds the client secret when {@code tracking.usps.client-secret-file} is
   * empty.
   */
  public static final String SECRET_ENV = "STATION_USPS_CLIENT_SECRET";

  private final URI base;
  private final String clientId;
  private final UspsCall call;
  private final UspsToken token;
  private final Clock clock;

  /**
   * A reader of the API at {@code base} (e.g. {@code https://apis.usps.com}).
   *
   * @param clientId the OAuth client id (shown in messages)
   * @param secret its secret (never shown)
   * @param timeout per HTTP call
   */
  public UspsTracking(URI base, String clientId, Secret secret, Duration timeout, Clock clock) {
    this.base = URI.create(Objects.requireNonNull(base, "base").toString().replaceAll("/+$", ""));
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.call = new UspsCall(Objects.requireNonNull(timeout, "timeout"));
    this.token = new UspsToken(this.base, clientId, secret, call, clock);
  }

  /**
   * The client secret as configured: from {@code tracking.usps.client-secret-file}, or when that is
   * empty from {@value #SECRET_ENV} in {@code env}.
   *
   * @throws org.scanstation.station.StationException naming the file or variable when there is none
   */
  public static Secret clientSecret(StationConfig config, Map<String, String> env) {
    String file = config.get(Setting.TRACKING_USPS_CLIENT_SECRET_FILE);
    return Secret.load(
        "USPS client secret",
        file.isBlank() ? null : Path.of(file),
        SECRET_ENV,
        env,
        "set tracking.usps.client-secret-file or " + SECRET_ENV);
  }

  @Override
  public ReadReply read(List<String> trackingNumbers) {
    if (trackingNumbers.size() != 1) {
      throw new IllegalArgumentException(
          "USPS answers one parcel per call, asked for " + trackingNumbers.size());
    }
    String number = trackingNumbers.get(0);
    UspsToken.Grant grant = token.get();
    if (grant instanceof UspsToken.Grant.Failed f) {
      return f.reply();
    }
    UspsToken.Grant.Token first = (UspsToken.Grant.Token) grant;
    UspsCall.Response r = get(number, first);
    if (r.status() == 401) {
      // The token expired early or was revoked: one new token, one more try, never a loop.
      token.invalidate(first);
      grant = token.get();
      if (grant instanceof UspsToken.Grant.Failed f) {
        return f.reply();
      }
      r = get(number, (UspsToken.Grant.Token) grant);
    }
    return UspsReplies.classify(number, r, clock);
  }

  private UspsCall.Response get(String number, UspsToken.Grant.Token t) {
    URI uri =
        URI.create(
            base
                + "/tracking/v3/tracking/"
                + URLEncoder.encode(number, StandardCharsets.UTF_8)
                + "?expand=DETAIL");
    return call.send(
        HttpRequest.newBuilder(uri)
            .header("Authorization", "Bearer " + t.value())
            .header("Accept", "application/json")
            .GET());
  }

  @Override
  public int batchSize() {
    return 1;
  }

  @Override
  public String describe() {
    return "USPS APIs v3 at " + base + " (client id " + clientId + ")";
  }
}
