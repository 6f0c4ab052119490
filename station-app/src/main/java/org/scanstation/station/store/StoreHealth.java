package org.scanstation.station.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.scanstation.station.api.StoreView;

/**
 * Whether the store can write, as last found: by a failed write (any thread) or by the {@link
 * StoreWatch} (free space, and a probe write that clears a fault). Listeners hear every change of
 * state. Thread-safe.
 */
public final class StoreHealth {
  /** The store's states, worst last. */
  public enum State {
    /** Writes work and space is plentiful. */
    OK,
    /** Writes work but free space is below the warning threshold. */
    LOW_SPACE,
    /** Nothing can be written: a fault, or free space below the floor. */
    UNAVAILABLE
  }

  private record Condition(State state, String message, long freeBytes, Instant since) {}

  private final String path;
  private final List<Consumer<StoreView>> listeners = new CopyOnWriteArrayList<>();
  private volatile Condition condition;

  StoreHealth(String path) {
    this.path = path;
    this.condition = new Condition(State.OK, null, -1, Instant.now());
  }

  /** Adds a listener told of every change of state, on the thread that found it. */
  public void addListener(Consumer<StoreView> listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /** The current state. */
  public State state() {
    return condition.state();
  }

  /** Why nothing can be written now, when that is so. */
  public Optional<String> unavailable() {
    Condition c = condition;
    return c.state() == State.UNAVAILABLE ? Optional.of(c.message()) : Optional.empty();
  }

  /** The condition as the pages show it. */
  public StoreView view() {
    Condition c = condition;
    return new StoreView(c.state().name(), c.message(), c.freeBytes(), path, c.since().toString());
  }

  /** A write failed because {@code why}: nothing can be written until the watch clears it. */
  void failed(String why, Instant at) {
    set(State.UNAVAILABLE, why, condition.freeBytes(), at);
  }

  /** What the watch found: {@code state} with its message, and the free space. */
  void found(State state, String message, long freeBytes, Instant at) {
    set(state, message, freeBytes, at);
  }

  private void set(State state, String message, long freeBytes, Instant at) {
    Condition before;
    Condition after;
    synchronized (this) {
      before = condition;
      boolean same = before.state() == state && Objects.equals(before.message(), message);
      after = new Condition(state, message, freeBytes, same ? before.since() : at);
      condition = after;
    }
    if (before.state() != after.state()) {
      StoreView v = view();
      listeners.forEach(l -> l.accept(v));
    }
  }
}
