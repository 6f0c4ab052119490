package org.scanstation.station.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.scanstation.common.QueryString;

/**
 * Every route the station's HTTP server answers (the pages' API, the local API, {@code /health} and
 * the pages), matched in this one place: the path is split into segments and each is
 * percent-decoded once ({@code %2F} stays inside its segment, {@code +} stays a plus); a segment of
 * a template matches the same text or, for {@code {name}}, any non-empty segment; where several
 * templates match, a literal segment beats a {@code {name}} at the first place they differ. No
 * template matching is 404; templates matching only with other methods are 405, with those methods.
 * Immutable and thread-safe once built.
 */
public final class RouteTable {
  /** What a request's method and path come to. */
  sealed interface Match permits Found, NoPath, WrongMethod {}

  /** The route to run, with the decoded {@code {name}} segments. */
  record Found(Route route, Map<String, String> parameters) implements Match {}

  /** No route has this path. */
  record NoPath() implements Match {}

  /** Routes have this path, with these other methods (sorted, for an {@code Allow} header). */
  record WrongMethod(Set<String> allowed) implements Match {}

  /** The check of one {@link Access} kind that the routes' owner supplies. */
  @FunctionalInterface
  interface Guard {
    /** Lets the request through or throws (an {@link HttpError}, or a refused PIN). */
    void admit(Exchange exchange);
  }

  private final List<Route> routes;
  private final Map<Access, Guard> guards;

  private RouteTable(List<Route> routes, Map<Access, Guard> guards) {
    this.routes = List.copyOf(routes);
    this.guards = Map.copyOf(guards);
  }

  /** An empty table to add routes to. */
  public static Builder builder() {
    return new Builder();
  }

  /** Adds routes and guards, then builds the table. Not thread-safe; use on one thread. */
  public static final class Builder {
    private final List<Route> routes = new ArrayList<>();
    private final Map<Access, Guard> guards = new EnumMap<>(Access.class);
    private final Set<String> shapes = new HashSet<>();

    private Builder() {}

    Builder add(Route... more) {
      for (Route r : more) {
        String shape = r.method() + " " + r.template().replaceAll("\\{[^/]*}", "{}");
        if (!shapes.add(shape)) {
          throw new IllegalArgumentException("two routes for " + shape);
        }
        routes.add(r);
      }
      return this;
    }

    Builder guard(Access access, Guard guard) {
      if (!access.guarded() || guards.putIfAbsent(access, guard) != null) {
        throw new IllegalArgumentException("guard for " + access + " not expected here");
      }
      return this;
    }

    /**
     * The table.
     *
     * @throws IllegalStateException when a route needs a guard nobody supplied
     */
    public RouteTable build() {
      for (Route r : routes) {
        if (r.access().guarded() && !guards.containsKey(r.access())) {
          throw new IllegalStateException(r + " needs a guard for " + r.access());
        }
      }
      return new RouteTable(routes, guards);
    }
  }

  /** Every route, in the order added. */
  List<Route> routes() {
    return routes;
  }

  /** The supplied check of {@code access}, if it has one. */
  Optional<Guard> guard(Access access) {
    return Optional.ofNullable(guards.get(access));
  }

  /**
   * The route for {@code method} and {@code rawPath} (still percent-encoded, as it came).
   *
   * @throws HttpError 400 when a segment has a malformed escape
   */
  Match match(String method, String rawPath) {
    List<String> path = decode(rawPath);
    Route best = null;
    Map<String, String> bestParameters = null;
    SortedSet<String> allowed = new TreeSet<>();
    for (Route r : routes) {
      Map<String, String> p = bind(Route.segments(r.template()), path);
      if (p == null) {
        continue;
      }
      allowed.add(r.method());
      if (r.method().equals(method) && (best == null || moreSpecific(r, best))) {
        best = r;
        bestParameters = p;
      }
    }
    if (best != null) {
      return new Found(best, Map.copyOf(bestParameters));
    }
    return allowed.isEmpty()
        ? new NoPath()
        : new WrongMethod(Collections.unmodifiableSortedSet(allowed));
  }

  private static List<String> decode(String rawPath) {
    if (rawPath == null || !rawPath.startsWith("/")) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String s : Route.segments(rawPath)) {
      try {
        out.add(QueryString.decode(s));
      } catch (IllegalArgumentException e) {
        throw new HttpError(400, "path " + rawPath + ": " + e.getMessage());
      }
    }
    return out;
  }

  /** The {@code {name}} values when {@code template} matches {@code path}, else null. */
  private static Map<String, String> bind(List<String> template, List<String> path) {
    if (template.size() != path.size()) {
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < template.size(); i++) {
      String t = template.get(i);
      String p = path.get(i);
      if (Route.isParameter(t) && !p.isEmpty()) {
        values.put(Route.name(t), p);
      } else if (!t.equals(p)) {
        return null;
      }
    }
    return values;
  }

  private static boolean moreSpecific(Route a, Route b) {
    List<String> x = Route.segments(a.template());
    List<String> y = Route.segments(b.template());
    for (int i = 0; i < x.size(); i++) {
      boolean literalX = !Route.isParameter(x.get(i));
      if (literalX != !Route.isParameter(y.get(i))) {
        return literalX;
      }
    }
    return false;
  }

  /** For the log and tests: each route's method and template. */
  @Override
  public String toString() {
    return "RouteTable" + routes;
  }
}
