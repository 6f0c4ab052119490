package org.scanstation.station.sync;

import java.util.Objects;
import org.scanstation.station.store.Outbox;

/** The tracking backend as an outbox sink: each entry becomes the call its kind asks for. */
public final class BackendSink implements OutboxSink {
  private final TrackingBackend backend;

  /** A sink calling {@code backend}. */
  public BackendSink(TrackingBackend backend) {
    this.backend = Objects.requireNonNull(backend, "backend");
  }

  @Override
  public BackendReply send(Outbox.Entry entry) {
    return BackendCalls.send(backend, entry);
  }

  @Override
  public String describe() {
    return backend.describe();
  }
}
