package org.scanstation.station.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.scanstation.station.api.ManifestPiece;
import org.scanstation.station.api.ManifestView;
import org.scanstation.station.api.StationOperations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/** {@code station manifest export}: a manifest's pieces for a shipper system. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export a closed manifest's pieces, one row each, in leaf order: trackingNumber,"
          + " serviceTypeCode (from the number), extraServices (codes separated by ;),"
          + " destinationZip, mailingDate, weightOz (empty when unknown): what a shipper system"
          + " needs to transmit a shipping services file. The station itself transmits nothing.",
      "CSV cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or"
          + " CR) get a ' in front, and every text cell is quoted; JSONL keeps the values as"
          + " they are. Exit status: 0 exported, 1 no such manifest."
    })
final class ManifestExportCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    csv,
    jsonl
  }

  private final CliContext context;

  @Mixin private GlobalOptions global;

  @Parameters(paramLabel = "ID", description = "The manifest id, e.g. station-1-20261201-1.")
  private String id;

  @Option(
      names = "--format",
      defaultValue = "csv",
      description = "csv or jsonl (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write here instead of standard output.")
  private Path out;

  ManifestExportCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    try (StationOperations ops = Access.open(global, context)) {
      Optional<ManifestView> view = ops.manifest(id);
      if (view.isEmpty()) {
        context.err().println("station: no manifest " + Printable.of(id));
        return 1;
      }
      String date = view.get().manifest().date();
      try (Writer w = ExportFiles.writer(context, out)) {
        CsvMapper csv = CsvMapper.builder().enable(CsvWriteFeature.ALWAYS_QUOTE_STRINGS).build();
        CsvSchema schema = csv.schemaFor(ManifestExportRow.class).withoutHeader();
        ObjectWriter row = format == Format.csv ? csv.writer(schema) : Json.COMPACT.writer();
        if (format == Format.csv) {
          w.write(ExportFiles.header(schema));
        }
        for (ManifestPiece p : view.get().pieces()) {
          ManifestExportRow r = ManifestExportRow.of(p, date);
          w.write(row.writeValueAsString(format == Format.csv ? r.forSpreadsheets() : r));
          if (format == Format.jsonl) {
            w.write('\n');
          }
        }
      }
      context.err().println("station: exported " + view.get().pieces().size() + " pieces");
      return 0;
    }
  }
}
