package org.scanstation.station.sync;

import org.scanstation.station.api.OutboxAction;
import org.scanstation.station.api.OutboxPayload;
import org.scanstation.station.store.Outbox;
import tools.jackson.databind.json.JsonMapper;

/** Turns one claimed outbox entry into the backend call its kind asks for. Stateless. */
final class BackendCalls {
  private BackendCalls() {}

  /** Calls {@code backend} for {@code entry}; blocks for the call(s). */
  static BackendReply send(TrackingBackend backend, Outbox.Entry entry) {
    JsonMapper json = JsonMapper.shared();
    return switch (entry.kind()) {
      case CREATE -> backend.create(json.readValue(entry.payload(), OutboxPayload.class));
      case DELETE ->
          backend.delete(ref(entry, json.readValue(entry.payload(), OutboxAction.class)));
      case COMPLETE -> {
        OutboxAction a = json.readValue(entry.payload(), OutboxAction.class);
        yield backend.complete(ref(entry, a), a.reason());
      }
    };
  }

  private static TrackingRef ref(Outbox.Entry entry, OutboxAction a) {
    return new TrackingRef(entry.backendId(), a.slug(), a.trackingNumber());
  }
}
