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
  private static final Map<String, String> PAGES =
      Map.of("", "packer.html", "supervisor", "supervisor.html");
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "svg", "image/svg+xml");

  /** Adds the pages to {@code server}. */
  public void install(ApiServer server) {
    server.route("/", this::handle);
  }

  private void handle(Exchange ex) throws IOException {
    if (!ex.method().equals("GET") && !ex.method().equals("HEAD")) {
      throw new HttpError(405, "pages are read-only");
    }
    String path = ex.pathAfter("/");
    String file =
        PAGES.getOrDefault(
            path,
            path.startsWith("static/") && path.matches("static/[a-z0-9-]+\\.(css|js|svg)")
                ? path.substring("static/".length())
                : null);
    if (file == null) {
      throw new HttpError(404, "no page /" + path);
    }
    byte[] body;
    try (InputStream in = StaticPages.class.getResourceAsStream("/web/" + file)) {
      if (in == null) {
        throw new HttpError(404, "no page /" + path);
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
