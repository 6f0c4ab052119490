package org.scanstation.station.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.scanstation.common.Durations;
import org.scanstation.station.api.StationOperations;
import org.scanstation.station.api.UnscannedReport;
import org.scanstation.station.api.UnscannedReport.Anomaly;
import org.scanstation.station.api.UnscannedReport.Parcel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/** {@code station unscanned}: the label-to-scan gap, for people and for cron. */
@Command(
    name = "unscanned",
    mixinStandardHelpOptions = true,
    description = {
      "List parcels accepted here longer ago than --older-than that USPS has not scanned yet,"
          + " oldest first, with age, station, operator, order id and current tag; then the"
          + " anomalies (a carrier scan before the station's acceptance, no acceptance scan,"
          + " exceptions, expired trackings, parcels the carrier will not report on).",
      "Exit status: 0 none unscanned, 1 some unscanned (usable from cron), 2 usage error."
    })
final class UnscannedCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    text,
    csv,
    json
  }

  private final CliContext context;

  @Mixin private GlobalOptions global;

  @Option(
      names = "--older-than",
      defaultValue = "24h",
      converter = DurationConverter.class,
      paramLabel = "DURATION",
      description =
          "Only parcels accepted longer ago than this ("
              + Durations.FORMS
              + "; default: ${DEFAULT-VALUE}).")
  private Duration olderThan;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, csv (the parcels only) or json (default: ${DEFAULT-VALUE}).")
  private Format format;

  UnscannedCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    try (StationOperations ops = Access.open(global, context)) {
      UnscannedReport r = ops.unscanned(olderThan);
      switch (format) {
        case json -> Json.document(context.out(), r);
        case csv -> csv(context.out(), r);
        default -> text(context.out(), r);
      }
      return r.parcels().isEmpty() ? 0 : 1;
    }
  }

  private static void text(PrintStream out, UnscannedReport r) {
    out.println(
        r.parcels().size()
            + " parcel(s) accepted more than "
            + Durations.format(Duration.parse(r.olderThan()))
            + " ago that USPS has not scanned (by age: "
            + r.byAge()
            + ")");
    for (Parcel p : r.parcels()) {
      out.printf(
          "%-26s accepted %s (%s ago) at %s by %s, order %s, tag %s%s%s%n",
          p.trackingNumber(),
          p.acceptedAt(),
          Durations.format(Duration.ofSeconds(p.ageSeconds())),
          Printable.text(p.stationId(), 64),
          Printable.text(p.operatorId(), 64),
          Printable.text(p.orderId(), 64),
          p.tag() == null ? "never read" : p.tag(),
          p.state().equals("WATCHING") ? "" : " [" + p.state() + "]",
          p.pendingAlert() ? " [AfterShip: pending too long]" : "");
    }
    if (!r.anomalies().isEmpty()) {
      out.println(
          r.anomalies().size() + " anomal" + (r.anomalies().size() == 1 ? "y" : "ies") + ":");
      for (Anomaly a : r.anomalies()) {
        out.printf(
            "%-26s %-25s %s %s%n",
            a.trackingNumber(),
            a.kind(),
            a.at() == null ? "" : a.at(),
            Printable.text(a.detail(), 300));
      }
    }
  }

  private static void csv(PrintStream out, UnscannedReport r) {
    CsvMapper csv = CsvMapper.builder().enable(CsvWriteFeature.ALWAYS_QUOTE_STRINGS).build();
    CsvSchema schema = csv.schemaFor(Parcel.class).withHeader();
    out.print(
        csv.writer(schema)
            .writeValueAsString(
                r.parcels().stream().map(UnscannedCommand::forSpreadsheets).toList()));
  }

  /** Station, operator and order ids come from people and imports: any of them may be hostile. */
  private static Parcel forSpreadsheets(Parcel p) {
    return new Parcel(
        p.trackingNumber(),
        p.acceptedAt(),
        p.ageSeconds(),
        SpreadsheetCells.neutralised(p.stationId()),
        SpreadsheetCells.neutralised(p.operatorId()),
        SpreadsheetCells.neutralised(p.orderId()),
        p.tag(),
        p.state(),
        p.lastCheckedAt(),
        p.pendingAlert());
  }
}
