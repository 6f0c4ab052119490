package org.scanstation.station.app;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wrong PINs within a sliding window, counted per client (address and session) and per address, so
 * that one client's wrong PINs lock out that client, not the supervisor at another session or
 * address. The per-address count stops a client from trying on and on with fresh sessions. Memory
 * is bounded: at most {@link #MAX_TRACKED} clients and addresses are remembered (the least recently
 * seen are forgotten first) and no count grows past its limit. Not thread-safe: {@link
 * SupervisorPin} guards it.
 */
final class PinAttempts {
  /** The most clients, and separately addresses, remembered at once. */
  static final int MAX_TRACKED = 1024;

  private final int perClient;
  private final int perAddress;
  private final Duration window;
  private final Map<String, Deque<Instant>> byClient = new LinkedHashMap<>(64, 0.75f, true);
  private final Map<String, Deque<Instant>> byAddress = new LinkedHashMap<>(64, 0.75f, true);

  PinAttempts(int perClient, int perAddress, Duration window) {
    this.perClient = perClient;
    this.perAddress = perAddress;
    this.window = window;
  }

  /** Whether {@code client} has used up its wrong PINs, or its address has. */
  boolean locked(SupervisorPin.Client client, Instant now) {
    return recent(byClient, client.key(), now) >= perClient
        || recent(byAddress, client.address(), now) >= perAddress;
  }

  /** Counts a wrong PIN; the caller checked {@link #locked} first, so no count passes its limit. */
  void failed(SupervisorPin.Client client, Instant now) {
    add(byClient, client.key(), now);
    add(byAddress, client.address(), now);
  }

  /** Wrong PINs {@code client} has made within the window. */
  int failures(SupervisorPin.Client client, Instant now) {
    return recent(byClient, client.key(), now);
  }

  /** Clients and addresses remembered, for tests of the bound. */
  int tracked() {
    return byClient.size() + byAddress.size();
  }

  private int recent(Map<String, Deque<Instant>> map, String key, Instant now) {
    Deque<Instant> d = map.get(key);
    if (d == null) {
      return 0;
    }
    prune(d, now);
    if (d.isEmpty()) {
      map.remove(key);
    }
    return d.size();
  }

  private void add(Map<String, Deque<Instant>> map, String key, Instant now) {
    if (!map.containsKey(key) && map.size() >= MAX_TRACKED) {
      map.values().removeIf(d -> prune(d, now));
      Iterator<String> eldest = map.keySet().iterator();
      if (map.size() >= MAX_TRACKED && eldest.hasNext()) {
        eldest.next();
        eldest.remove();
      }
    }
    map.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(now);
  }

  /** Drops failures older than the window; true when none are left. */
  private boolean prune(Deque<Instant> failures, Instant now) {
    Instant oldest = now.minus(window);
    while (!failures.isEmpty() && !failures.peekFirst().isAfter(oldest)) {
      failures.removeFirst();
    }
    return failures.isEmpty();
  }
}
