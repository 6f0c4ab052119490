package org.scanstation.station.carrier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a USPS APIs v3 tracking answer means: 200 a reading, 404 an unknown parcel (absent from the
 * reading list), 403 this Mailer ID is not ours (final for the parcel, with USPS's reason), 401
 * refused credentials, 429 or 503 with {@code Retry-After} a wait, anything else a passing fault.
 * Pure and thread-safe.
 */
final class UspsReplies {
  /** Longest reason kept from an answer: USPS's words, bounded. */
  static final int MAX_REASON = 300;

  /** Longest wait a {@code Retry-After} may ask for; more is a server's mistake. */
  private static final Duration MAX_WAIT = Duration.ofHours(1);

  private UspsReplies() {}

  /** Classifies the answer to {@code GET /tracking/v3/tracking/{number}}. */
  static ReadReply classify(String number, UspsCall.Response r, Clock clock) {
    if (r.fault() != null) {
      return ReadReply.of(new ReadOutcome.Retry("USPS tracking " + number + ": " + r.fault()));
    }
    int status = r.status();
    ReadOutcome outcome;
    if (status == 200) {
      outcome = read(number, r.body());
    } else if (status == 404) {
      outcome = new ReadOutcome.Read(List.of());
    } else if (status == 403) {
      outcome = new ReadOutcome.NotAuthorized(reason(r.body(), "HTTP 403"));
    } else if (status == 401) {
      outcome =
          new ReadOutcome.Refused(
              "USPS refused a fresh token (HTTP 401: " + reason(r.body(), "no reason") + ")");
    } else {
      outcome = passing(r, clock, "USPS tracking " + number);
    }
    return ReadReply.of(outcome);
  }

  private static ReadOutcome read(String number, String body) {
    JsonNode root = json(body);
    if (!root.isObject()) {
      return new ReadOutcome.Retry("USPS tracking " + number + ": the answer is not JSON");
    }
    String answered = root.path("trackingNumber").asString(number);
    if (!answered.equals(number)) {
      return new ReadOutcome.Retry("USPS answered about another tracking number");
    }
    return new ReadOutcome.Read(List.of(UspsReading.of(number, root)));
  }

  /**
   * A 429 or 503 with {@code Retry-After} as a wait ({@code RateLimited}); a 429 without one waits
   * a second; other statuses are passing faults ({@code Retry}).
   */
  static ReadOutcome passing(UspsCall.Response r, Clock clock, String what) {
    Instant until = retryAfter(r.headers().get("retry-after"), clock.instant());
    if (r.status() == 429) {
      return new ReadOutcome.RateLimited(until != null ? until : clock.instant().plusSeconds(1));
    }
    if (r.status() == 503 && until != null) {
      return new ReadOutcome.RateLimited(until);
    }
    return new ReadOutcome.Retry(what + ": HTTP " + r.status() + " " + reason(r.body(), ""));
  }

  /** {@code Retry-After} in seconds or as an HTTP date, bounded to an hour; null when absent. */
  static Instant retryAfter(String header, Instant now) {
    if (header == null || header.isBlank()) {
      return null;
    }
    Instant at;
    try {
      at = now.plusSeconds(Math.max(0, Long.parseLong(header.strip())));
    } catch (NumberFormatException e) {
      try {
        at = ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
    Instant latest = now.plus(MAX_WAIT);
    return at.isAfter(latest) ? latest : at;
  }

  /** USPS's reason from its error envelope: the first error's detail, else the message. */
  static String reason(String body, String otherwise) {
    JsonNode error = json(body).path("error");
    JsonNode first = error.path("errors").path(0);
    String detail = first.path("detail").asString("");
    String title = first.path("title").asString("");
    String message = error.isObject() ? error.path("message").asString("") : "";
    String said =
        !detail.isBlank()
            ? (title.isBlank() ? "" : title + ": ") + detail
            : !message.isBlank() ? message : otherwise;
    return bounded(said);
  }

  /** {@code s} stripped and cut to {@link #MAX_REASON} characters, control characters dropped. */
  static String bounded(String s) {
    String t = s == null ? "" : s.replaceAll("\\p{Cntrl}", " ").strip();
    return t.length() <= MAX_REASON ? t : t.substring(0, MAX_REASON) + "...";
  }

  /** The body as JSON, or a missing node when it is not. */
  static JsonNode json(String body) {
    try {
      return body == null || body.isBlank()
          ? JsonMapper.shared().missingNode()
          : JsonMapper.shared().readTree(body);
    } catch (RuntimeException e) {
      return JsonMapper.shared().missingNode();
    }
  }
}
