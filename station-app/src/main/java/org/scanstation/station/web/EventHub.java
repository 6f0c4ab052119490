package org.scanstation.station.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.scanstation.common.DaemonThreads;
import org.scanstation.station.api.StationStatus;

/**
 * Live updates for the pages over server-sent events: every scan's result, shift counters and
 * health. Keeps the last 20 results. Writes to browsers happen on one thread of its own, so a slow
 * or dead browser never holds up a scan. Thread-safe.
 */
public final class EventHub implements AutoCloseable {
  private static final int RECENT = 20;
  private static final int MAX_CLIENTS = 16;

  private final Deque<ScanView> recent = new ArrayDeque<>();
  private final Map<String, Long> counters = new java.util.concurrent.ConcurrentHashMap<>();
  private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
  private final ExecutorService writer =
      Executors.newSingleThreadExecutor(DaemonThreads.named("sse"));
  private final ScheduledExecutorService ticker =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("sse-tick"));
  private final Supplier<StationStatus> health;

  /** A hub that sends {@code health} every few seconds and on demand. */
  public EventHub(Supplier<StationStatus> health) {
    this.health = health;
    for (String k : List.of("accepted", "duplicates", "rejected", "printed")) {
      counters.put(k, 0L);
    }
    ticker.scheduleWithFixedDelay(this::publishHealth, 2, 2, TimeUnit.SECONDS);
  }

  /** Records a result and sends it to every page. */
  public void scan(ScanView view) {
    String counter =
        switch (view.outcome().result()) {
          case "ACCEPTED" -> "accepted";
          case "DUPLICATE" -> "duplicates";
          default -> "rejected";
        };
    counters.merge(counter, 1L, Long::sum);
    synchronized (recent) {
      recent.addFirst(view);
      while (recent.size() > RECENT) {
        recent.removeLast();
      }
    }
    send("scan", view);
    send("counters", counters());
  }

  /** Counts a printed label (the print queue calls this when the printer confirms). */
  public void printed() {
    counters.merge("printed", 1L, Long::sum);
    send("counters", counters());
  }

  /** The shift's counters. */
  public Map<String, Long> counters() {
    return Map.copyOf(counters);
  }

  /** The last results, newest first. */
  public List<ScanView> recent() {
    synchronized (recent) {
      return new ArrayList<>(recent);
    }
  }

  /** Sends the current health now. */
  public void publishHealth() {
    try {
      send("health", health.get());
    } catch (RuntimeException e) {
      // health is best effort; the next tick tries again
    }
  }

  /** Takes over an exchange as an event stream until the browser goes away. */
  void subscribe(Exchange ex) throws IOException {
    if (clients.size() >= MAX_CLIENTS) {
      throw new HttpError(503, "too many live pages open");
    }
    ex.http().getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    ex.http().getResponseHeaders().set("Cache-Control", "no-store");
    ex.http().sendResponseHeaders(200, 0);
    OutputStream out = ex.http().getResponseBody();
    ex.detach();
    clients.add(out);
    writer.execute(
        () -> write(out, frame("hello", Map.of("recent", recent(), "counters", counters()))));
    publishHealth();
  }

  private void send(String event, Object data) {
    if (writer.isShutdown()) {
      return; // the station is stopping; nobody is listening any more
    }
    byte[] frame = frame(event, data);
    try {
      writer.execute(() -> clients.forEach(c -> write(c, frame)));
    } catch (java.util.concurrent.RejectedExecutionException stopping) {
      // closed between the check and the call: same as above
    }
  }

  private static byte[] frame(String event, Object data) {
    String json = Exchange.JSON.writeValueAsString(data);
    return ("event: " + event + "\ndata: " + json + "\n\n").getBytes(StandardCharsets.UTF_8);
  }

  private void write(OutputStream client, byte[] frame) {
    try {
      client.write(frame);
      client.flush();
    } catch (IOException e) {
      clients.remove(client);
      try {
        client.close();
      } catch (IOException ignored) {
        // already gone
      }
    }
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    writer.shutdown();
    for (OutputStream c : clients) {
      try {
        c.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }
}
