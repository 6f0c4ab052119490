package org.scanstation.device;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;

/**
 * Keeps a warning that repeats from flooding the log: the first occurrence of a key is passed on at
 * once; repeats within the window are only counted, and once the window is over they are passed on
 * as one line, "… (repeated 1234 times in the 60s from 2026-12-01T08:00:00Z)". The summary goes out
 * with the key's next occurrence, or from {@link #flush()} when nothing followed. Meant for
 * warnings caused by input (a junk frame, a scan while nobody is signed in), which a fuzzer or a
 * stuck scanner can repeat without end.
 *
 * <p>Keys are chosen by the caller and should not carry the input itself, so that "the same
 * warning" stays the same key; the message may vary (the summary shows the latest). At most {@link
 * #MAX_KEYS} keys are tracked; the oldest is summarised and forgotten to make room.
 *
 * <p>Thread-safe (synchronized); the sink is called while the lock is held, so it must not call
 * back into this limiter.
 */
public final class WarnLimiter {
  /** How many keys are tracked at once. */
  public static final int MAX_KEYS = 256;

  /** The window by default: a minute. */
  public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(1);

  private static final class Window {
    long startMillis;
    long repeats;
    String lastMessage;

    Window(long startMillis) {
      this.startMillis = startMillis;
    }
  }

  private final Duration window;
  private final Clock clock;
  private final Consumer<String> sink;
  private final Map<String, Window> windows = new LinkedHashMap<>();

  /**
   * A limiter passing what it lets through to {@code sink}.
   *
   * @param window how long repeats are only counted; at least one millisecond
   */
  public WarnLimiter(Duration window, Clock clock, Consumer<String> sink) {
    this.window = Objects.requireNonNull(window, "window");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sink = Objects.requireNonNull(sink, "sink");
    if (window.toMillis() < 1) {
      throw new IllegalArgumentException("warning window " + window + " is under 1 ms");
    }
  }

  /** A limiter that logs at WARN on {@code log}, with a one-minute window and the system clock. */
  public static WarnLimiter warnings(Logger log) {
    Objects.requireNonNull(log, "log");
    return new WarnLimiter(DEFAULT_WINDOW, Clock.systemUTC(), log::warn);
  }

  /**
   * Passes {@code message} on when it is the first for {@code key} in the window; otherwise counts
   * it. Never blocks beyond the sink.
   */
  public synchronized void warn(String key, String message) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(message, "message");
    long now = clock.millis();
    Window w = windows.get(key);
    if (w != null && now - w.startMillis < window.toMillis()) {
      w.repeats++;
      w.lastMessage = message;
      return;
    }
    if (w == null) {
      makeRoom();
      windows.put(key, new Window(now));
      sink.accept(message);
      return;
    }
    // The window is over: this occurrence opens the next one and carries the count of the last.
    String repeated = w.repeats == 0 ? "" : " (" + repeatedWords(w) + ")";
    w.startMillis = now;
    w.repeats = 0;
    w.lastMessage = null;
    sink.accept(message + repeated);
  }

  /**
   * Passes on the count of every key whose window is over and that had repeats, and forgets keys
   * that went quiet, so the next occurrence is passed on at once. Call it now and then (a reader's
   * idle loop); never blocks beyond the sink.
   */
  public synchronized void flush() {
    long now = clock.millis();
    List<String> out = new ArrayList<>();
    for (Iterator<Window> it = windows.values().iterator(); it.hasNext(); ) {
      Window w = it.next();
      if (now - w.startMillis >= window.toMillis()) {
        if (w.repeats > 0) {
          out.add(w.lastMessage + " (" + repeatedWords(w) + ")");
        }
        it.remove();
      }
    }
    out.forEach(sink);
  }

  private void makeRoom() {
    if (windows.size() < MAX_KEYS) {
      return;
    }
    Iterator<Window> oldest = windows.values().iterator();
    Window w = oldest.next();
    oldest.remove();
    if (w.repeats > 0) {
      sink.accept(w.lastMessage + " (" + repeatedWords(w) + ")");
    }
  }

  /** "repeated 3 times in the 60s from 2026-12-01T08:00:00Z": when, even if said much later. */
  private String repeatedWords(Window w) {
    return "repeated "
        + w.repeats
        + (w.repeats == 1 ? " time" : " times")
        + " in the "
        + (window.toMillis() % 1000 == 0 ? window.toSeconds() + "s" : window.toMillis() + "ms")
        + " from "
        + Instant.ofEpochMilli(w.startMillis);
  }
}
