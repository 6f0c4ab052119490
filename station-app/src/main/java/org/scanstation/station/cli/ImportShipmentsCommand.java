package org.scanstation.station.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.scanstation.station.api.ImportSummary;
import org.scanstation.station.api.ShipmentRecord;
import org.scanstation.station.api.StationOperations;
import org.scanstation.station.shipments.ShipmentFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code station import shipments FILE}: imported orders, so scans can be matched to them. */
@Command(
    name = "shipments",
    mixinStandardHelpOptions = true,
    description = {
      "Import shipments (orders) from CSV with a header row or a JSON array of objects.",
      "Columns/fields: tracking_number, order_id, service, to_name, to_street1, to_city,"
          + " to_state, to_zip; optional to_street2, from_name, from_street1, from_city,"
          + " from_state, from_zip, weight_oz.",
      "Bad rows are reported with their line and reason and never stop the good ones;"
          + " importing the same file twice changes nothing.",
      "Progress goes to standard error, the summary (JSON) to standard output.",
      "Exit status: 0 every row imported, 1 some rows rejected, 2 usage error."
    })
final class ImportShipmentsCommand implements Callable<Integer> {
  private static final int BATCH = 500;

  private final CliContext context;

  @Spec private CommandSpec spec;

  @Mixin private GlobalOptions global;

  @Option(
      names = "--operator",
      paramLabel = "ID",
      defaultValue = "import",
      description = "Who imports, for the audit log (default: ${DEFAULT-VALUE}).")
  private String operator;

  @Parameters(paramLabel = "FILE", description = "A .csv or .json file.")
  private Path file;

  ImportShipmentsCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), "no such file: " + file);
    }
    try (StationOperations ops = Access.open(global, context)) {
      ImportSummary[] total = {ImportSummary.empty()};
      List<ImportSummary.Problem> unreadable = new ArrayList<>();
      List<ShipmentRecord> batch = new ArrayList<>(BATCH);
      ShipmentFiles.read(
          file,
          row -> {
            batch.add(row);
            if (batch.size() == BATCH) {
              total[0] = flush(ops, batch, total[0]);
            }
          },
          bad -> unreadable.add(new ImportSummary.Problem(bad.line(), null, bad.reason())));
      total[0] = flush(ops, batch, total[0]);
      ImportSummary summary =
          total[0].plus(new ImportSummary(unreadable.size(), 0, 0, 0, List.copyOf(unreadable)));
      Json.document(context.out(), summary);
      return summary.rejected().isEmpty() ? 0 : 1;
    }
  }

  private ImportSummary flush(
      StationOperations ops, List<ShipmentRecord> batch, ImportSummary sofar) {
    if (batch.isEmpty()) {
      return sofar;
    }
    ImportSummary next = sofar.plus(ops.importShipments(List.copyOf(batch), operator));
    batch.clear();
    context
        .err()
        .printf(
            "station: %d rows read, %d inserted, %d updated, %d rejected%n",
            next.read(), next.inserted(), next.updated(), next.rejected().size());
    return next;
  }
}
