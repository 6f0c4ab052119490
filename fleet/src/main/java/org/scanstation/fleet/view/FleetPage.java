package org.scanstation.fleet.view;

import java.util.Locale;

/**
 * The fleet view's page, rendered on the server from a {@link FleetSnapshot}: no script, every text
 * escaped (station and printer ids come from the wire), refreshed by the browser every five
 * seconds. Pure.
 */
final class FleetPage {
  private FleetPage() {}

  static String render(FleetSnapshot s) {
    StringBuilder h = new StringBuilder(4096);
    h.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta http-equiv=\"refresh\" content=\"5\"><title>Scan Station fleet</title>")
        .append("</head><body><h1>Fleet</h1>");
    h.append("<p>Group <b>")
        .append(Html.escape(s.group()))
        .append("</b> at ")
        .append(Html.escape(s.at()))
        .append("</p>");
    counts(h, s);
    lag(h, s);
    stations(h, s);
    return h.append("</body></html>").toString();
  }

  private static void counts(StringBuilder h, FleetSnapshot s) {
    h.append("<table><tr><th>Calls/s (10 s)</th><th>Share</th><th>Limit</th><th>Calls</th>")
        .append(
            "<th>429s</th><th>Skipped</th><th>Quarantined</th><th>Dead</th><th>Paused</th></tr>")
        .append("<tr><td>")
        .append(num(s.counts().callsPerSecond()))
        .append("</td><td>")
        .append(num(s.share()))
        .append("</td><td>")
        .append(num(s.limit()))
        .append("</td><td>")
        .append(s.counts().calls())
        .append("</td><td>")
        .append(s.counts().rateLimited())
        .append("</td><td>")
        .append(s.counts().skipped())
        .append("</td><td>")
        .append(s.counts().quarantined())
        .append("</td><td>")
        .append(s.counts().dead())
        .append("</td><td>")
        .append(Html.escape(s.counts().paused()))
        .append("</td></tr></table>");
  }

  private static void lag(StringBuilder h, FleetSnapshot s) {
    h.append("<h2>Consumer lag</h2><table><tr><th>Partition</th><th>End</th><th>Committed</th>")
        .append("<th>Lag</th><th>Owned here</th></tr>");
    for (PartitionLag l : s.lag()) {
      h.append("<tr><td>")
          .append(l.partition())
          .append("</td><td>")
          .append(l.end())
          .append("</td><td>")
          .append(l.committed())
          .append("</td><td>")
          .append(l.lag())
          .append("</td><td>")
          .append(s.owned().contains(l.partition()) ? "yes" : "")
          .append("</td></tr>");
    }
    h.append("</table>");
  }

  private static void stations(StringBuilder h, FleetSnapshot s) {
    h.append("<h2>Stations</h2><table><tr><th>Station</th><th>Last event</th>")
        .append("<th>Heartbeat</th><th>Ready</th><th>Backlog</th><th>Oldest (s)</th>")
        .append("<th>Quarantined</th><th>Printers faulted</th><th>Version</th></tr>");
    for (FleetSnapshot.Station st : s.stations()) {
      h.append("<tr><td>")
          .append(Html.escape(st.stationId()))
          .append("</td><td>")
          .append(Html.escape(st.lastEventAt()))
          .append("</td><td>")
          .append(Html.escape(st.heartbeatAt()))
          .append("</td><td>")
          .append(st.ready() ? "yes" : "no")
          .append("</td><td>")
          .append(st.backlog())
          .append("</td><td>")
          .append(st.oldestSeconds())
          .append("</td><td>")
          .append(st.quarantined())
          .append("</td><td>")
          .append(Html.escape(String.join(", ", st.printersFaulted())))
          .append("</td><td>")
          .append(Html.escape(st.version()))
          .append("</td></tr>");
    }
    h.append("</table>");
  }

  private static String num(double d) {
    return String.format(Locale.ROOT, "%.2f", d);
  }
}
