package org.scanstation.station.web;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.scanstation.station.StationException;

/**
 * The host names this station answers to, checked on every request before any handler runs: a page
 * of another site that reaches the station through DNS rebinding names its own host in {@code
 * Host}, and a page that posts across sites names its own origin in {@code Origin}. Allowed are
 * 127.0.0.1, localhost, [::1], the configured bind name and the address actually bound (for {@code
 * 0.0.0.0}: this machine's addresses), and the names in {@code http.allowed-hosts}.
 *
 * <p>The port in {@code Host} is not compared: the name is what a rebinding page controls, and a
 * port forward ({@code ssh -L 9000:localhost:8080}) legitimately names another port. An {@code
 * Origin}, when a browser sends one, must be exactly the origin the {@code Host} names ({@code
 * http}, same name, same port), as the browser's own same-origin rule would have it; {@code null}
 * is refused. Non-browser clients (the CLI, {@code StationApiClient}) send no {@code Origin} and
 * name the run file's URL, whose host is always allowed. Immutable and thread-safe.
 */
final class AllowedHosts {
  static final String SETTING = "http.allowed-hosts";
  private static final Pattern NAME =
      Pattern.compile("[a-z0-9_]([a-z0-9_-]{0,62})(\\.[a-z0-9_]([a-z0-9_-]{0,62}))*");
  private static final Pattern V6 = Pattern.compile("[0-9a-f:.]+");
  private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");

  private final Set<String> names;

  private AllowedHosts(Set<String> names) {
    this.names = Set.copyOf(names);
  }

  /**
   * The default names plus {@code bind} and the comma-separated {@code extra}.
   *
   * @throws StationException naming {@value #SETTING} and the bad entry
   */
  static AllowedHosts of(String bind, String extra) {
    Set<String> names = new LinkedHashSet<>(List.of("127.0.0.1", "localhost", "[0:0:0:0:0:0:0:1]"));
    String b = bind.strip();
    names.add(name(b.contains(":") && !b.startsWith("[") ? "[" + b + "]" : b));
    for (String e : extra.split(",")) {
      if (e.isBlank()) {
        continue;
      }
      String n = name(e.strip());
      if (n == null) {
        throw new StationException(
            "config "
                + SETTING
                + ": '"
                + e.strip()
                + "' is not a host name or IP address; write names such as station-3.lan,"
                + " 192.168.1.20 or [fd00::3], comma-separated, without ports");
      }
      names.add(n);
    }
    names.remove(null);
    return new AllowedHosts(names);
  }

  /**
   * These names and the address the server actually bound; for a wildcard bind ({@code 0.0.0.0}),
   * the addresses of this machine's interfaces at start. An IP literal is safe to allow: rebinding
   * needs a name the attacker's DNS answers for.
   */
  AllowedHosts with(InetAddress bound) {
    Set<String> more = new LinkedHashSet<>(names);
    List<InetAddress> addresses = new ArrayList<>(List.of(bound));
    if (bound.isAnyLocalAddress()) {
      try {
        NetworkInterface.networkInterfaces()
            .flatMap(NetworkInterface::inetAddresses)
            .forEach(addresses::add);
      } catch (SocketException e) {
        // only the names configured then; the 421 answer says which setting adds more
      }
    }
    for (InetAddress a : addresses) {
      String literal = a.getHostAddress().replaceFirst("%.*$", "");
      more.add(name(literal.contains(":") ? "[" + literal + "]" : literal));
    }
    more.remove(null);
    return new AllowedHosts(more);
  }

  /**
   * Passes when {@code Host} names this station and any {@code Origin} is this same origin.
   *
   * @throws HttpError 400 without exactly one Host, 421 for another host, 403 for another origin
   */
  void check(Exchange ex) {
    check(ex.http().getRequestHeaders().get("Host"), ex.header("Origin"));
  }

  /** {@link #check(Exchange)} on the header values: every Host header, and Origin or null. */
  void check(List<String> hosts, String origin) {
    if (hosts == null || hosts.size() != 1) {
      throw new HttpError(400, "a request needs exactly one Host header");
    }
    String host = hosts.get(0).strip();
    String name = hostName(host);
    if (name == null || !names.contains(name)) {
      throw new HttpError(
          421,
          "this station does not answer to the host '"
              + shown(host)
              + "'; to reach it by that name, add the name to "
              + SETTING
              + " in the station's configuration");
    }
    if (origin != null && !origin.strip().equalsIgnoreCase("http://" + host)) {
      throw new HttpError(
          403,
          "requests from the origin '"
              + shown(origin)
              + "' are refused: only the station's own pages may call it");
    }
  }

  /** The name part of a Host header value, normalised, or null when it is malformed. */
  static String hostName(String hostHeader) {
    String h = hostHeader.strip();
    int end =
        h.startsWith("[") ? h.indexOf(']') + 1 : h.indexOf(':') < 0 ? h.length() : h.indexOf(':');
    if (end <= 0) {
      return null;
    }
    String rest = h.substring(end);
    if (!rest.isEmpty() && !(rest.startsWith(":") && PORT.matcher(rest.substring(1)).matches())) {
      return null;
    }
    return name(h.substring(0, end));
  }

  /** A host name or IP literal in one spelling ({@code [::1]} as {@code [0:0:0:0:0:0:0:1]}). */
  private static String name(String raw) {
    String n = raw.toLowerCase(Locale.ROOT);
    if (n.startsWith("[") && n.endsWith("]") && n.length() > 2) {
      String inside = n.substring(1, n.length() - 1);
      if (!inside.contains(":") || !V6.matcher(inside).matches()) {
        return null;
      }
      try {
        // a literal with a colon is parsed, never looked up
        return "[" + InetAddress.getByName(inside).getHostAddress() + "]";
      } catch (UnknownHostException e) {
        return null;
      }
    }
    return n.length() <= 253 && NAME.matcher(n).matches() ? n : null;
  }

  private static String shown(String value) {
    String v = value.length() > 100 ? value.substring(0, 100) + "..." : value;
    return v.replaceAll("[^\\x20-\\x7e]", "?");
  }
}
