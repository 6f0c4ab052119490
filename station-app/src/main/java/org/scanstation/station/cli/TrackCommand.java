package org.scanstation.station.cli;

import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.scanstation.station.api.ParcelTracking;
import org.scanstation.station.api.StationOperations;
import org.scanstation.station.api.TimelineEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code station track}: one parcel's timeline, the station's events and the carrier's. */
@Command(
    name = "track",
    mixinStandardHelpOptions = true,
    description = {
      "Show one accepted parcel's timeline: the station's own events (accepted, printed,"
          + " reprinted, synced) and the carrier's (from AfterShip or USPS), each with its source,"
          + " and the proofs of mailing (USPS acceptance scan) and delivery.",
      "Exit status: 0 found, 1 not accepted here, 2 usage error."
    })
final class TrackCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    text,
    json
  }

  private final CliContext context;

  @Mixin private GlobalOptions global;

  @Parameters(paramLabel = "TRACKING", description = "Tracking number (or order id).")
  private String key;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  private Format format;

  TrackCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    try (StationOperations ops = Access.open(global, context)) {
      Optional<ParcelTracking> t = ops.track(key);
      if (t.isEmpty()) {
        context.err().println("station: no parcel " + Printable.of(key) + " was accepted here");
        return 1;
      }
      if (format == Format.json) {
        Json.document(context.out(), t.get());
      } else {
        print(context.out(), t.get());
      }
      return 0;
    }
  }

  private static void print(PrintStream out, ParcelTracking t) {
    out.println(t.trackingNumber() + "  " + status(t));
    out.println("  mailed:    " + proof(t.mailedAt(), t.mailedCode(), t.mailedZip()));
    out.println("  delivered: " + proof(t.deliveredAt(), null, t.signer()));
    out.println(
        "  checked:   "
            + Printable.text(t.lastCheckedAt(), 40)
            + ", next "
            + Printable.text(t.nextCheckAt(), 40));
    for (TimelineEntry e : t.timeline()) {
      out.printf(
          "%-24s %-9s %-18s %-4s %s%s%s%n",
          e.at(),
          e.source(),
          e.what(),
          e.code() == null ? "" : e.code(),
          Printable.text(e.detail(), 160),
          e.location() == null ? "" : " @ " + Printable.text(e.location(), 80),
          e.proof() == null
              ? ""
              : "  [proof of " + e.proof().toLowerCase(java.util.Locale.ROOT) + "]");
    }
  }

  private static String status(ParcelTracking t) {
    String tag = t.tag() == null ? "not read from the carrier yet" : t.tag();
    String sub = t.subtag() == null ? "" : " (" + t.subtag() + ")";
    String why = t.stateReason() == null ? "" : ": " + Printable.text(t.stateReason(), 200);
    return tag + sub + "  [" + t.state() + why + "]";
  }

  private static String proof(String at, String code, String detail) {
    if (at == null) {
      return "not yet";
    }
    return at
        + (code == null ? "" : " code " + code)
        + (detail == null ? "" : " " + Printable.text(detail, 100));
  }
}
