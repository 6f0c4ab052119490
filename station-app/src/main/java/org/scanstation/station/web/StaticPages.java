package org.scanstation.station.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The pages: plain HTML, CSS and JavaScript from the jar, no build step. A strict content security
 * policy allows only this server's own scripts and styles, so text a barcode carries can never run
 * as code even if it reached the page as HTML.
 */
public final class StaticPages {
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "svg", "image/svg+xml");

  /** Adds the pages' routes ({@code GET} and {@code HEAD}, for anyone) to {@code routes}. */
  public void install(RouteTable.Builder routes) {
    for (String method : new String[] {"GET", "HEAD"}) {
      routes.add(
          Route.of(method, "/", Access.OPEN, ex -> page(ex, "packer.html")),
          Route.of(method, "/supervisor", Access.OPEN, ex -> page(ex, "supervisor.html")),
          Route.of(method, "/static/{file}", Access.OPEN, this::asset));
    }
  }

  private void asset(Exchange ex) throws IOException {
    String file = ex.parameter("file");
    if (!file.matches("[a-z0-9-]+\\.(css|js|svg)")) {
      throw new HttpError(404, "no page /static/" + file);
    }
    page(ex, file);
  }

  private void page(Exchange ex, String file) throws IOException {
    byte[] body;
    try (InputStream in = StaticPages.class.getResourceAsStream("/web/" + file)) {
      if (in == null) {
        throw new HttpError(404, "no page " + ex.http().getRequestURI().getPath());
      }
      body = in.readAllBytes();
    }
    var h = ex.http().getResponseHeaders();
    h.set(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' blob: data:; connect-src 'self'; frame-ancestors 'none';"
            + " base-uri 'none'; form-action 'self'");
    h.set("X-Frame-Options", "DENY");
    h.set("Referrer-Policy", "no-referrer");
    ex.send(200, TYPES.get(file.substring(file.lastIndexOf('.') + 1)), body);
  }
}
