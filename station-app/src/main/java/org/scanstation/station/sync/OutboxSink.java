package org.scanstation.station.sync;

import org.scanstation.station.store.Outbox;

/**
 * Where the sync job drains the outbox: the tracking backend over HTTP ({@link BackendSink}) or a
 * Kafka topic. An implementation blocks for its call (each bounded by a timeout) and never throws
 * for network or remote errors: it classifies them, so the job marks the entry delivered only when
 * the far side has it. Thread-safe: the job calls it from several threads at once.
 */
public interface OutboxSink extends AutoCloseable {
  /** Sends one claimed entry and says what the answer means for it. Blocks for the call(s). */
  BackendReply send(Outbox.Entry entry);

  /** Where it sends, for messages (never a key or a password). */
  String describe();

  /** Frees what it holds (connections, a producer); after it, sends fail. The job calls it last. */
  @Override
  default void close() {}
}
