package org.scanstation.station.config;

import java.util.Locale;

/** Where the sync sends the outbox ({@code sync.sink}). */
public enum SyncSink {
  /** The tracking backend over HTTP, paced to its rate limit. */
  HTTP,
  /** A Kafka topic; a fleet dispatcher owns the backend and its limit. */
  KAFKA;

  /**
   * The sink {@code text} names, in any case.
   *
   * @throws IllegalArgumentException for anything but http or kafka
   */
  static SyncSink parse(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "http" -> HTTP;
      case "kafka" -> KAFKA;
      default -> throw new IllegalArgumentException("unknown sink");
    };
  }
}
