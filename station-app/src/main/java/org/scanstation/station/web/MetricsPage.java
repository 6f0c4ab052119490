package org.scanstation.station.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@code GET /metrics}: the station's meters in the Prometheus text format, for a scraper. Open
 * like {@code /health} (a scraper has no PIN), so the text carries counts, ages and configured
 * device ids only: no tracking numbers, operators or secrets. The Host check applies as to every
 * route. Thread-safe.
 */
public final class MetricsPage {
  private final Supplier<String> scrape;
  private final String contentType;

  /** A page that answers {@code scrape}'s text, sent as {@code contentType}. */
  public MetricsPage(Supplier<String> scrape, String contentType) {
    this.scrape = Objects.requireNonNull(scrape, "scrape");
    this.contentType = Objects.requireNonNull(contentType, "contentType");
  }

  /** Adds {@code GET /metrics}, for anyone, to {@code routes}. */
  public void install(RouteTable.Builder routes) {
    routes.add(Route.of("GET", "/metrics", Access.OPEN, this::handle));
  }

  private void handle(Exchange ex) throws IOException {
    ex.send(200, contentType, scrape.get().getBytes(StandardCharsets.UTF_8));
  }
}
