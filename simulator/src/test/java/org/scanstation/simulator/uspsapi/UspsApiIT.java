package org.scanstation.simulator.uspsapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scanstation.common.testing.MutableClock;
import org.scanstation.simulator.usps.UspsNumbers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The USPS API simulator over real HTTP, called with the JDK HttpClient as the station does. */
class UspsApiIT {
  private static final String OWN = "123456";
  private static final String SECRET = "s3cr3t-value-42";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final MutableClock clock = MutableClock.at("2026-12-01T08:00:00.200Z");
  private final HttpClient http = HttpClient.newHttpClient();
  private final Random random = new Random(5);
  private SimulatedUspsApi api = start(5);

  private SimulatedUspsApi start(int rate) {
    return SimulatedUspsApi.start(
        InetAddress.getLoopbackAddress(),
        0,
        UspsApiSettings.of(Set.of(OWN, "987654321"), "station-7", SECRET)
            .withTokenTtl(Duration.ofSeconds(30))
            .withRate(rate)
            .withClock(clock));
  }

  @AfterEach
  void tearDown() {
    api.close();
  }

  private record Reply(HttpResponse<String> raw, JsonNode json) {
    int status() {
      return raw.statusCode();
    }
  }

  private Reply send(HttpRequest.Builder b) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r, JSON.readTree(r.body().isEmpty() ? "{}" : r.body()));
  }

  private Reply token(String form, String basic) throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(api.baseUri() + "/oauth2/v3/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (basic != null) {
      b.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
    }
    return send(b);
  }

  private String bearer() throws IOException, InterruptedException {
    Reply r =
        token(
            "grant_type=client_credentials&client_id=station-7&client_secret="
                + SECRET
                + "&scope=tracking",
            null);
    assertThat(r.status()).isEqualTo(200);
    return r.json().path("access_token").asString();
  }

  private Reply track(String number, String token, String expand)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(
                URI.create(api.baseUri() + "/tracking/v3/tracking/" + number + "?expand=" + expand))
            .GET();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return send(b);
  }

  private String ownNumber(boolean scanned) {
    while (true) {
      String n = UspsNumbers.impb(random, OWN, 22);
      if (api.register(n, clock.instant()).scanned() == scanned) {
        return n;
      }
    }
  }

  @Test
  void aTokenFromClientCredentialsReadsAScannedParcelsEventsAsTheyHappen() throws Exception {
    Reply granted =
        token("grant_type=client_credentials&client_id=station-7&client_secret=" + SECRET, null);
    assertThat(granted.json().path("token_type").asString()).isEqualTo("Bearer");
    assertThat(granted.json().path("expires_in").asLong()).isEqualTo(30);
    assertThat(granted.json().path("scope").asString()).isEqualTo("tracking");
    String token = granted.json().path("access_token").asString();
    String n = ownNumber(true);

    Reply before = track(n, token, "DETAIL");
    assertThat(before.status()).isEqualTo(200);
    assertThat(before.json().path("trackingNumber").asString()).isEqualTo(n);
    assertThat(before.json().path("statusCategory").asString()).isEqualTo("Pre-Shipment");

    clock.advance(Duration.ofSeconds(2));
    JsonNode accepted = track(n, token, "DETAIL").json();
    assertThat(accepted.path("statusCategory").asString()).isEqualTo("Accepted");
    JsonNode scan = accepted.path("trackingEvents").get(0);
    assertThat(scan.path("eventCode").asString()).isEqualTo("03");
    assertThat(OffsetDateTime.parse(scan.path("eventTimestamp").asString()).toInstant())
        .isEqualTo(api.parcel(n).orElseThrow().acceptedAt().truncatedTo(ChronoUnit.SECONDS));
    assertThat(scan.path("eventZIP").asString()).matches("\\d{5}");

    clock.advance(Duration.ofSeconds(10));
    JsonNode delivered = track(n, token, "DETAIL").json();
    assertThat(delivered.path("statusCategory").asString()).isEqualTo("Delivered");
    JsonNode last = delivered.path("trackingEvents").get(0);
    assertThat(last.path("eventCode").asString()).isEqualTo("01");
    assertThat(last.path("name").asString()).isEqualTo(api.parcel(n).orElseThrow().signer());
    assertThat(delivered.path("trackingEvents"))
        .hasSize(api.parcel(n).orElseThrow().preShipmentEvent() ? 4 : 3);
    assertThat(track(n, token, "SUMMARY").json().has("trackingEvents")).isFalse();
    assertThat(api.callsFor(n)).isEqualTo(4);
  }

  @Test
  void anUnscannedParcelStaysPreShipment() throws Exception {
    String n = ownNumber(false);
    clock.advance(Duration.ofDays(3));
    JsonNode j = track(n, bearer(), "DETAIL").json();
    assertThat(j.path("statusCategory").asString()).isEqualTo("Pre-Shipment");
    for (JsonNode e : j.path("trackingEvents")) {
      assertThat(e.path("eventCode").asString()).isEqualTo("MA");
    }
    assertThat(api.parcel(n).orElseThrow().scanned()).isFalse();
  }

  @Test
  void httpBasicCredentialsAreTakenAndWrongOnesAreRefused() throws Exception {
    assertThat(token("grant_type=client_credentials", "station-7:" + SECRET).status())
        .isEqualTo(200);
    Reply wrong = token("grant_type=client_credentials", "station-7:nope");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.json().path("error").asString()).isEqualTo("invalid_client");
    Reply wrongId =
        token("grant_type=client_credentials&client_id=other&client_secret=" + SECRET, null);
    assertThat(wrongId.status()).isEqualTo(401);
    assertThat(token("grant_type=password", "station-7:" + SECRET).status()).isEqualTo(400);
    assertThat(api.counters().tokensIssued()).isEqualTo(1);
  }

  @Test
  void anExpiredOrUnknownTokenIsRefused() throws Exception {
    String token = bearer();
    String n = ownNumber(true);
    assertThat(track(n, token, "DETAIL").status()).isEqualTo(200);
    clock.advance(Duration.ofSeconds(30));
    Reply expired = track(n, token, "DETAIL");
    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.raw().headers().firstValue("WWW-Authenticate")).isPresent();
    assertThat(track(n, "made-up", "DETAIL").status()).isEqualTo(401);
    assertThat(track(n, null, "DETAIL").status()).isEqualTo(401);
  }

  @Test
  void aMailerIdTheClientDoesNotOwnIsRefusedWithTheApisErrorShape() throws Exception {
    String token = bearer();
    String foreign = UspsNumbers.impb(random, "654321", 22);
    Reply r = track(foreign, token, "DETAIL");
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().path("apiVersion").asString()).isNotEmpty();
    assertThat(r.json().path("error").path("code").asString()).isEqualTo("403");
    JsonNode e = r.json().path("error").path("errors").get(0);
    assertThat(e.path("title").asString()).isNotEmpty();
    assertThat(e.path("detail").asString()).contains("654321").contains("not authorized");
    assertThat(api.callsFor(foreign)).isEqualTo(1);
    assertThat(api.counters().notAuthorized()).isEqualTo(1);
    assertThat(api.parcel(foreign)).isEmpty();
  }

  @Test
  void anImplausibleNumberOfAnOwnedMailerIdIsNotFound() throws Exception {
    String n = UspsNumbers.impb(random, OWN, 22);
    String wrongCheck = n.substring(0, 21) + (char) ('0' + (n.charAt(21) - '0' + 1) % 10);
    Reply r = track(wrongCheck, bearer(), "DETAIL");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().path("error").path("code").asString()).isEqualTo("404");
  }

  @Test
  void callsBeyondTheRateAreAnswered429WithRetryAfter() throws Exception {
    String token = bearer();
    String n = ownNumber(true);
    for (int i = 0; i < 5; i++) {
      assertThat(track(n, token, "DETAIL").status()).isEqualTo(200);
    }
    Reply limited = track(n, token, "DETAIL");
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.raw().headers().firstValue("Retry-After")).contains("1");
    clock.advance(Duration.ofSeconds(1));
    assertThat(track(n, token, "DETAIL").status()).isEqualTo(200);
    assertThat(api.counters().rateLimited()).isEqualTo(1);
    assertThat(api.callsFor(n)).isEqualTo(7);
  }

  @Test
  void theRequestLogKeepsNoSecretNorToken() throws Exception {
    String token = bearer();
    track(ownNumber(true), token, "DETAIL");
    assertThat(api.received()).hasSize(2);
    assertThat(api.received().toString()).doesNotContain(SECRET).doesNotContain(token);
    assertThat(api.settings().toString()).doesNotContain(SECRET);
  }

  @Test
  void aBadExpandValueIsABadRequest() throws Exception {
    assertThat(track(ownNumber(true), bearer(), "EVERYTHING").status()).isEqualTo(400);
  }
}
