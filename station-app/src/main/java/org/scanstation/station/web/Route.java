package org.scanstation.station.web;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One route of the station's HTTP server: a method, a path template whose segments are literal or a
 * {@code {name}} standing for one whole segment (e.g. {@code
 * /ui/supervisor/parcels/{key}/label.png}), who may call it, the largest body it reads, the query
 * parameters it takes, and its handler.
 *
 * @param bodyLimit the most bytes {@link Exchange#body} reads (see {@link BodyLimits})
 * @param query the query parameters it accepts; any other is a 400 naming it
 */
record Route(
    String method,
    String template,
    Access access,
    int bodyLimit,
    Set<String> query,
    Handler handler) {

  /** Answers one request that matched the route and passed its checks. */
  @FunctionalInterface
  interface Handler {
    /** Answers {@code exchange}, on one of the server's threads; may block. */
    void handle(Exchange exchange) throws IOException;
  }

  /** Checks the template: absolute, each {@code {name}} a whole segment, no name twice. */
  Route {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(handler, "handler");
    query = Set.copyOf(query);
    if (!template.startsWith("/")) {
      throw new IllegalArgumentException("route template must start with '/': " + template);
    }
    List<String> names =
        segments(template).stream().filter(Route::isParameter).map(Route::name).toList();
    if (Set.copyOf(names).size() != names.size()) {
      throw new IllegalArgumentException("a name appears twice in " + template);
    }
    for (String s : segments(template)) {
      if (!isParameter(s) && (s.contains("{") || s.contains("}"))) {
        throw new IllegalArgumentException("'" + s + "' in " + template + " is not a {name}");
      }
    }
  }

  /** A route with a small body ({@link BodyLimits#SMALL}) and no query parameters. */
  static Route of(String method, String template, Access access, Handler handler) {
    return new Route(method, template, access, BodyLimits.SMALL, Set.of(), handler);
  }

  /** This route taking these query parameters. */
  Route withQuery(String... names) {
    return new Route(method, template, access, bodyLimit, Set.of(names), handler);
  }

  /** This route reading bodies of up to {@code max} bytes. */
  Route withBodyLimit(int max) {
    return new Route(method, template, access, max, query, handler);
  }

  /**
   * The segments of a path or template: {@code /a/b} is {@code [a, b]}, {@code /} is {@code [""]}.
   */
  static List<String> segments(String path) {
    return List.of(path.substring(1).split("/", -1));
  }

  static boolean isParameter(String segment) {
    return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
  }

  static String name(String parameter) {
    return parameter.substring(1, parameter.length() - 1);
  }

  @Override
  public String toString() {
    return method + " " + template;
  }
}
