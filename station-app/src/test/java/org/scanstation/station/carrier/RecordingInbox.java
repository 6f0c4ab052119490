package org.scanstation.station.carrier;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.scanstation.station.StoreUnavailableException;

/** A WebhookInbox that keeps what it is given in memory, and can play an unavailable store. */
final class RecordingInbox implements WebhookInbox {
  private final List<WebhookDelivery> taken = new CopyOnWriteArrayList<>();
  private final Set<String> ids = new HashSet<>();
  private final Set<String> known;
  private volatile boolean unavailable;

  /** Knows these tracking numbers; an empty set knows every one. */
  RecordingInbox(Set<String> known) {
    this.known = Set.copyOf(known);
  }

  void unavailable(boolean on) {
    unavailable = on;
  }

  List<WebhookDelivery> taken() {
    return List.copyOf(taken);
  }

  @Override
  public synchronized Taken accept(WebhookDelivery d) {
    if (unavailable) {
      throw new StoreUnavailableException("test store", "unavailable on purpose", null);
    }
    taken.add(d);
    if (!known.isEmpty() && !known.contains(d.reading().trackingNumber())) {
      return Taken.UNKNOWN_PARCEL;
    }
    return ids.add(d.eventId()) ? Taken.KEPT : Taken.DUPLICATE;
  }
}
