package org.scanstation.station.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.scanstation.station.api.ImportSummary;
import org.scanstation.station.api.ShipmentRecord;
import org.scanstation.station.api.StationOperations;
import org.scanstation.station.shipments.ShipmentFiles;
import org.scanstation.station.shipments.ShipmentImport;
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
          + " from_state, from_zip, weight_oz, extra_services.",
      "service: priority-mail, priority-mail-express, ground-advantage or first-class-mail.",
      "extra_services: codes or names separated by ';' (910;955 or certified;return-receipt):"
          + " 910 certified, 911 certified-restricted-delivery, 912 certified-adult-signature,"
          + " 913 certified-adult-signature-restricted-delivery, 955 return-receipt,"
          + " 957 return-receipt-electronic.",
      "Bad rows (wrong fields, bytes that are not UTF-8, lines over 64 KiB) are reported with"
          + " file, line and reason and never stop the good ones, unless --all-or-nothing;"
          + " importing the same file twice changes nothing.",
      "Progress goes to standard error (a bar on a terminal, else a line every 5 s or 10%%;"
          + " none with --quiet), the summary (JSON) to standard output.",
      "Exit status: 0 every row imported, 1 some rows rejected, 2 usage error."
    })
final class ImportShipmentsCommand implements Callable<Integer> {
  private static final int BATCH = 500;

  /** Problems listed on standard error; the summary on standard output lists them all. */
  private static final int SHOWN = 20;

  private final CliContext context;

  @Spec private CommandSpec spec;

  @Mixin private GlobalOptions global;

  @Mixin private ProgressOptions progressOptions;

  @Option(
      names = "--operator",
      paramLabel = "ID",
      defaultValue = "import",
      description = "Who imports, for the audit log (default: ${DEFAULT-VALUE}).")
  private String operator;

  @Option(
      names = "--all-or-nothing",
      description =
          "Check every row first and import nothing if any is bad (the file is read twice).")
  private boolean allOrNothing;

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
    if (allOrNothing) {
      // Checked before the store is opened: a refused file touches nothing.
      ImportSummary checked = pass("check", ImportShipmentsCommand::checkOnly);
      if (!checked.rejected().isEmpty()) {
        int n = checked.rejected().size();
        return finish(
            checked,
            "station: nothing imported: "
                + lines(n)
                + " not valid; fix "
                + (n == 1 ? "it" : "them")
                + " or drop --all-or-nothing");
      }
    }
    try (StationOperations ops = Access.open(global, context)) {
      return finish(pass("import", batch -> ops.importShipments(batch, operator)), null);
    }
  }

  /** Reads the file once, handing each batch to {@code importer}; progress to standard error. */
  private ImportSummary pass(String task, Function<List<ShipmentRecord>, ImportSummary> importer) {
    ImportSummary[] total = {ImportSummary.empty()};
    List<ImportSummary.Problem> unreadable = new ArrayList<>();
    List<ShipmentRecord> batch = new ArrayList<>(BATCH);
    long[] rows = {0};
    try (Progress progress =
        ProgressDisplay.start(context, progressOptions, task, "rows", ImportRows.expected(file))) {
      ShipmentFiles.read(
          file,
          row -> {
            batch.add(row);
            if (batch.size() == BATCH) {
              total[0] = flush(importer, batch, total[0]);
            }
            progress.at(++rows[0]);
          },
          bad -> {
            unreadable.add(
                new ImportSummary.Problem(
                    bad.line(), null, bad.reason(), bad.code(), bad.column(), null));
            progress.at(++rows[0]);
          });
      total[0] = flush(importer, batch, total[0]);
    }
    ImportSummary all =
        total[0].plus(new ImportSummary(unreadable.size(), 0, 0, 0, List.copyOf(unreadable)));
    List<ImportSummary.Problem> located =
        all.rejected().stream()
            .map(p -> p.at(ShipmentFiles.where(file, p.line())))
            .sorted(Comparator.comparingLong(ImportSummary.Problem::line))
            .toList();
    return new ImportSummary(all.read(), all.inserted(), all.updated(), all.unchanged(), located);
  }

  private static ImportSummary flush(
      Function<List<ShipmentRecord>, ImportSummary> importer,
      List<ShipmentRecord> batch,
      ImportSummary sofar) {
    if (batch.isEmpty()) {
      return sofar;
    }
    ImportSummary next = sofar.plus(importer.apply(List.copyOf(batch)));
    batch.clear();
    return next;
  }

  private static ImportSummary checkOnly(List<ShipmentRecord> batch) {
    return new ImportSummary(batch.size(), 0, 0, 0, ShipmentImport.check(batch).problems());
  }

  /** Lists the problems on standard error, prints the summary; the exit status. */
  private int finish(ImportSummary summary, String verdict) {
    List<ImportSummary.Problem> problems = summary.rejected();
    problems.stream()
        .limit(SHOWN)
        .forEach(p -> context.err().println("station: " + terminalSafe(p.message())));
    if (problems.size() > SHOWN) {
      context
          .err()
          .println("station: ... and " + (problems.size() - SHOWN) + " more in the summary");
    }
    if (verdict != null) {
      context.err().println(verdict);
    }
    Json.document(context.out(), summary);
    return problems.isEmpty() ? 0 : 1;
  }

  private static String lines(int n) {
    return n == 1 ? "1 line is" : n + " lines are";
  }

  /** Reasons quote rows of the file: control characters are shown as codes, not sent. */
  private static String terminalSafe(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.chars()
        .forEach(
            c ->
                b.append(
                    c >= 0x20 && c != 0x7F ? String.valueOf((char) c) : "\\u%04X".formatted(c)));
    return b.toString();
  }
}
