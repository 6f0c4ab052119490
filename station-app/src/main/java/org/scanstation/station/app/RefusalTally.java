package org.scanstation.station.app;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Turns refused PINs into a bounded number of audit rows. Per client address, the first refusal of
 * a window is written at once ("wrong supervisor PIN from 127.0.0.1 ...") and later ones within the
 * window are only counted; when the window has closed, one summary row says how many followed and
 * why ("12 more PIN refusals from 127.0.0.1 within 5 minutes: wrong supervisor PIN x7, too many
 * wrong PINs x5"). Summaries are written at the next {@link #flushClosed} after their window (the
 * station calls it on every check that carries a PIN) or by {@link #flushAll} when it stops. At
 * most {@value #MAX_ADDRESSES} addresses are tallied at once; refusals from further addresses share
 * one tally for "other addresses". So refusals, however many, write at most {@code 2 ×
 * (MAX_ADDRESSES + 1)} rows per window. Not thread-safe: {@link SupervisorPin} guards it.
 */
final class RefusalTally {
  /** Addresses tallied one by one. */
  static final int MAX_ADDRESSES = 16;

  static final String OTHERS = "other addresses";

  private static final class Tally {
    final Instant start;
    final Map<String, Integer> reasons = new TreeMap<>();
    String actor;
    int more;

    Tally(Instant start, String actor) {
      this.start = start;
      this.actor = actor;
    }
  }

  private final Duration window;
  private final BiConsumer<String, String> sink;
  private final Map<String, Tally> tallies = new LinkedHashMap<>();

  /**
   * @param sink told (actor, detail) of each row to write; it must not throw
   */
  RefusalTally(Duration window, BiConsumer<String, String> sink) {
    this.window = window;
    this.sink = sink;
  }

  /** Counts a refusal of {@code actor} at {@code address}, writing a row if it is the first. */
  void refused(String address, String actor, String why, Instant now) {
    String key = tallies.containsKey(address) || tallies.size() < MAX_ADDRESSES ? address : OTHERS;
    Tally t = tallies.get(key);
    if (t != null && !now.isBefore(t.start.plus(window))) {
      summarise(key, tallies.remove(key));
      t = null;
    }
    if (t == null) {
      tallies.put(key, new Tally(now, actor));
      sink.accept(
          actor,
          why
              + " from "
              + key
              + "; further refusals from there are counted for "
              + window.toMinutes()
              + " minutes");
      return;
    }
    t.more++;
    t.actor = actor;
    t.reasons.merge(why, 1, Integer::sum);
  }

  /** Writes the summaries of windows that have closed by {@code now}. */
  void flushClosed(Instant now) {
    List<Map.Entry<String, Tally>> closed = new ArrayList<>();
    for (Iterator<Map.Entry<String, Tally>> i = tallies.entrySet().iterator(); i.hasNext(); ) {
      Map.Entry<String, Tally> e = i.next();
      if (!now.isBefore(e.getValue().start.plus(window))) {
        closed.add(e);
        i.remove();
      }
    }
    closed.forEach(e -> summarise(e.getKey(), e.getValue()));
  }

  /** Writes every summary now, closed or not (the station is stopping). */
  void flushAll() {
    List<Map.Entry<String, Tally>> all = new ArrayList<>(tallies.entrySet());
    tallies.clear();
    all.forEach(e -> summarise(e.getKey(), e.getValue()));
  }

  private void summarise(String key, Tally t) {
    if (t.more == 0) {
      return;
    }
    String why =
        t.reasons.entrySet().stream()
            .map(r -> r.getKey() + " x" + r.getValue())
            .collect(Collectors.joining(", "));
    sink.accept(
        t.actor,
        t.more
            + " more PIN refusals from "
            + key
            + " within "
            + window.toMinutes()
            + " minutes of "
            + t.start
            + ": "
            + why);
  }
}
