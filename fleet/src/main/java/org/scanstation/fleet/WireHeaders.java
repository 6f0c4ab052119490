package org.scanstation.fleet;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** The record headers of the wire contract (UTF-8 strings), and how they are read. Stateless. */
public final class WireHeaders {
  /** The event id (UUID): the idempotency key. */
  public static final String ID = "id";

  /** CREATE, DELETE or COMPLETE. */
  public static final String KIND = "kind";

  /** The publishing station's id. */
  public static final String STATION = "station";

  /** The hex hash of the acceptance's link in the station's hash chain. */
  public static final String CHAIN_HASH = "chain-hash";

  /** On a dead letter: why it is one, for people. */
  public static final String DEAD_REASON = "dead-reason";

  /** On a dead letter: when it became one (ISO-8601 UTC). */
  public static final String DEAD_AT = "dead-at";

  /** On a dead letter: where it was read, {@code topic-partition@offset}. */
  public static final String DEAD_SOURCE = "dead-source";

  /**
   * On a replayed record: when it was replayed (ISO-8601 UTC), so that an answer older than the
   * replay does not count as its answer.
   */
  public static final String REPLAYED_AT = "replayed-at";

  private WireHeaders() {}

  /** The last value of header {@code name} as UTF-8 text, or null when absent. */
  public static String text(Headers headers, String name) {
    Header h = headers.lastHeader(name);
    return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  /** Whether {@code name} is one the dispatcher adds to a dead letter or a replay. */
  public static boolean isDeadLetters(String name) {
    return name.equals(DEAD_REASON)
        || name.equals(DEAD_AT)
        || name.equals(DEAD_SOURCE)
        || name.equals(REPLAYED_AT);
  }
}
