package org.scanstation.fleet.view;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names the fleet view answers to, as the station's pages check them: a page of another site
 * that reaches it through DNS rebinding names its own host in {@code Host}, so only 127.0.0.1,
 * localhost, [::1] and the bind address pass (the port is not compared: a port forward names
 * another); an {@code Origin}, when sent, must be the same origin. Immutable and thread-safe.
 */
final class HostCheck {
  private final Set<String> names;

  HostCheck(String bind) {
    String b = bind.strip().toLowerCase(Locale.ROOT);
    Set<String> n = new HashSet<>(List.of("127.0.0.1", "localhost", "[::1]"));
    n.add(b.contains(":") && !b.startsWith("[") ? "[" + b + "]" : b);
    this.names = Set.copyOf(n);
  }

  /**
   * The HTTP status refusing the request, or 0 when it passes.
   *
   * @param hosts every Host header value
   * @param origin the Origin header, or null
   */
  int refusal(List<String> hosts, String origin) {
    if (hosts == null || hosts.size() != 1) {
      return 400;
    }
    String host = hosts.get(0).strip().toLowerCase(Locale.ROOT);
    String name = name(host);
    if (name == null || !names.contains(name)) {
      return 421;
    }
    if (origin != null && !origin.strip().equalsIgnoreCase("http://" + host)) {
      return 403;
    }
    return 0;
  }

  private static String name(String host) {
    int end = host.startsWith("[") ? host.indexOf(']') + 1 : host.indexOf(':');
    if (end == 0) {
      return null;
    }
    String name = end < 0 ? host : host.substring(0, end);
    String rest = end < 0 ? "" : host.substring(end);
    return rest.isEmpty() || rest.matches(":[0-9]{1,5}") ? name : null;
  }
}
