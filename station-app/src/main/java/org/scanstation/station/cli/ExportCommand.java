package org.scanstation.station.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.scanstation.station.api.ProofRecord;
import org.scanstation.station.api.StationOperations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/** {@code station export}: proof-of-acceptance records for audits and disputes. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export proof-of-acceptance records (acceptance, chain link, label hash) for a date range.",
      "Dates are UTC days, both included. Output: standard output, or --out FILE.",
      "CSV cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or"
          + " CR) get a ' in front, and every text cell is quoted; JSONL keeps the values as"
          + " they are.",
      "Progress goes to standard error (a bar on a terminal, else a line every 5 s or 10%%; none"
          + " with --quiet); standard output carries only the records."
    })
final class ExportCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    csv,
    jsonl
  }

  private final CliContext context;

  @Spec private CommandSpec spec;

  @Mixin private GlobalOptions global;

  @Mixin private ProgressOptions progressOptions;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "DATE",
      description = "First day, YYYY-MM-DD.")
  private LocalDate from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "DATE",
      description = "Last day, YYYY-MM-DD.")
  private LocalDate to;

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      description = "csv or jsonl (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write here instead of standard output.")
  private Path out;

  ExportCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    if (to.isBefore(from)) {
      throw new ParameterException(spec.commandLine(), "--to is before --from");
    }
    try (StationOperations ops = Access.open(global, context);
        Writer w = ExportFiles.writer(context, out)) {
      long count = write(ops, w);
      context.err().println("station: exported " + count + " acceptances");
      return 0;
    }
  }

  /** Streams the range to {@code w}, with progress on standard error; the records written. */
  private long write(StationOperations ops, Writer w) throws IOException {
    CsvMapper csv = CsvMapper.builder().enable(CsvWriteFeature.ALWAYS_QUOTE_STRINGS).build();
    CsvSchema schema = csv.schemaFor(ProofRecord.class).withoutHeader();
    ObjectWriter row = format == Format.csv ? csv.writer(schema) : Json.COMPACT.writer();
    if (format == Format.csv) {
      w.write(ExportFiles.header(schema));
    }
    Instant start = from.atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant end = to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    long total = ops.exportCount(start, end).orElse(-1);
    long[] count = {0};
    try (Progress progress =
        ProgressDisplay.start(context, progressOptions, "export", "rows", total)) {
      ops.export(
          start,
          end,
          r -> {
            try {
              w.write(row.writeValueAsString(format == Format.csv ? forSpreadsheets(r) : r));
              if (format == Format.jsonl) {
                w.write('\n');
              }
              progress.at(++count[0]);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
    return count[0];
  }

  /**
   * Operator, scanner and order ids and void reasons come from people and imports: any of them may
   * be hostile.
   */
  private static ProofRecord forSpreadsheets(ProofRecord r) {
    return new ProofRecord(
        r.seq(),
        SpreadsheetCells.neutralised(r.eventId()),
        SpreadsheetCells.neutralised(r.trackingNumber()),
        SpreadsheetCells.neutralised(r.acceptedAt()),
        SpreadsheetCells.neutralised(r.stationId()),
        SpreadsheetCells.neutralised(r.operatorId()),
        SpreadsheetCells.neutralised(r.scannerId()),
        SpreadsheetCells.neutralised(r.partnerEventCode()),
        SpreadsheetCells.neutralised(r.routingZip()),
        SpreadsheetCells.neutralised(r.orderId()),
        SpreadsheetCells.neutralised(r.labelSha256()),
        SpreadsheetCells.neutralised(r.prevHash()),
        SpreadsheetCells.neutralised(r.hash()),
        r.voidSeq(),
        SpreadsheetCells.neutralised(r.voidedAt()),
        SpreadsheetCells.neutralised(r.voidedBy()),
        SpreadsheetCells.neutralised(r.voidReason()),
        SpreadsheetCells.neutralised(r.voidHash()));
  }
}
