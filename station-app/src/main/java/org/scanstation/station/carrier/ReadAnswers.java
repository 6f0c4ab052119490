package org.scanstation.station.carrier;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.scanstation.station.ratelimit.RateLimitHeaders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an AfterShip read answer means, decided before anything is stored: 2xx with the envelope
 * read strictly, 429 a wait until the window resets, 401/403 (or a 404 for the whole API) a stop
 * for a person, 408/5xx and malformed answers a later try; any other 4xx stops for a person, unless
 * it is about one tracking (a retrack), where it is that tracking's final answer. Texts from the
 * answer are stripped of control characters and bounded before they go into a reason. Pure;
 * thread-safe.
 */
final class ReadAnswers {
  /** meta.code: the tracking does not exist. */
  static final int NO_SUCH_TRACKING = 4004;

  private static final int MAX_REASON = 200;

  /** A classified answer with its {@code data} (missing when there is none). */
  record Answer(ReadReply reply, JsonNode data) {}

  private final Clock clock;

  ReadAnswers(Clock clock) {
    this.clock = clock;
  }

  /** A call that got no usable answer: try again later. */
  Answer fault(String why, RateLimitHeaders.Window w) {
    ReadOutcome o = new ReadOutcome.Retry(why);
    return new Answer(
        w == null ? ReadReply.of(o) : new ReadReply(o, w.remaining(), w.resetAt(), w.limit()),
        JsonMapper.shared().missingNode());
  }

  /**
   * Classifies one answer.
   *
   * @param perParcel whether the call was about one tracking (its 4xx is that tracking's answer)
   * @param readings reads the envelope's {@code data}; throws IllegalArgumentException when
   *     malformed
   */
  Answer classify(
      int status,
      RateLimitHeaders.Window w,
      byte[] body,
      boolean perParcel,
      Function<JsonNode, List<CarrierReading>> readings) {
    JsonNode root = parse(body);
    JsonNode data = root.path("data");
    int code = root.path("meta").path("code").asInt(0);
    String what = "HTTP " + status + (code != 0 ? " meta.code " + code : "") + message(root);
    ReadOutcome o;
    if (status >= 200 && status < 300) {
      o = read(data, readings);
    } else if (status == 429) {
      o =
          new ReadOutcome.RateLimited(
              w.resetAt() != null ? w.resetAt() : clock.instant().plusSeconds(1));
    } else if (status == 401 || status == 403) {
      o = new ReadOutcome.Refused(what);
    } else if (status == 404) {
      o =
          perParcel && code == NO_SUCH_TRACKING
              ? new ReadOutcome.NotAuthorized(what)
              : new ReadOutcome.Refused(what + " (check backend.url)");
    } else if (status == 408 || status >= 500 || status < 400) {
      o = new ReadOutcome.Retry(what);
    } else {
      o = perParcel ? new ReadOutcome.NotAuthorized(what) : new ReadOutcome.Refused(what);
    }
    return new Answer(new ReadReply(o, w.remaining(), w.resetAt(), w.limit()), data);
  }

  private static ReadOutcome read(
      JsonNode data, Function<JsonNode, List<CarrierReading>> readings) {
    if (!data.isObject()) {
      return new ReadOutcome.Retry("malformed answer: no data object in the envelope");
    }
    try {
      return new ReadOutcome.Read(readings.apply(data));
    } catch (IllegalArgumentException e) {
      return new ReadOutcome.Retry("malformed answer: " + clean(e.getMessage()));
    }
  }

  private static String message(JsonNode root) {
    JsonNode m = root.path("meta").path("message");
    return m.isString() && !m.asString().isBlank() ? ": " + clean(m.asString()) : "";
  }

  /** Control characters out (a log line stays one line), bounded. */
  static String clean(String s) {
    String t = s == null ? "" : s.replaceAll("\\p{Cntrl}", " ").strip();
    return t.length() <= MAX_REASON ? t : t.substring(0, MAX_REASON) + "...";
  }

  private static JsonNode parse(byte[] body) {
    try {
      return body.length == 0
          ? JsonMapper.shared().missingNode()
          : JsonMapper.shared().readTree(body);
    } catch (RuntimeException e) {
      return JsonMapper.shared().missingNode();
    }
  }
}
