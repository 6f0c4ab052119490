package org.scanstation.station.cli;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.scanstation.station.api.ManifestCloseOutcome;
import org.scanstation.station.api.ManifestCloseRequest;
import org.scanstation.station.api.ManifestSummary;
import org.scanstation.station.api.ManifestView;
import org.scanstation.station.api.StationOperations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code station manifest}: the end-of-day hand-off manifests (docs/paperwork.md). */
@Command(
    name = "manifest",
    mixinStandardHelpOptions = true,
    description = {
      "End-of-day manifests: the station's own hand-off record of the parcels given to the"
          + " carrier (not a USPS SCAN form). Each is immutable and a link of the hash chain,"
          + " with a Merkle root over its pieces' chain hashes.",
      "Uses the running station when one runs, else the store directly."
    },
    subcommands = {
      ManifestCommand.Close.class,
      ManifestCommand.ListManifests.class,
      ManifestCommand.Show.class,
      ManifestExportCommand.class,
      ManifestDocumentCommands.HandOff.class,
      ManifestDocumentCommands.FirmSheet.class
    })
final class ManifestCommand {
  /** Exit status of a close with nothing to close. */
  static final int NOTHING_TO_CLOSE = 3;

  private ManifestCommand() {}

  @Command(
      name = "close",
      mixinStandardHelpOptions = true,
      description = {
        "Close the manifest: every parcel accepted up to the end of --date (station.time-zone)"
            + " that is on no manifest and not voided, in chain order. A parcel accepted"
            + " later goes on the next manifest; a voided one never goes on one; a closed"
            + " manifest never changes (a correction is a new one, --amends ID --reason TEXT).",
        "Needs the supervisor PIN: --pin prompts for it (no echo); scripts may set STATION_PIN.",
        "Prints the new manifest as JSON (id, pieces, root, date, originZip, byService,"
            + " closedAt, ...). Exit status: 0 closed, 1 refused (wrong PIN, bad date, unknown"
            + " manifest to amend), 2 usage error, 3 nothing to close (message on standard"
            + " error; no manifest is made)."
      })
  static final class Close implements Callable<Integer> {
    private final CliContext context;
    @Spec private CommandSpec spec;
    @Mixin private GlobalOptions global;

    @Option(
        names = "--date",
        paramLabel = "YYYY-MM-DD",
        description = "The mailing date (default: today in station.time-zone).")
    private LocalDate date;

    @Option(
        names = "--origin-zip",
        paramLabel = "ZIP",
        description = "5-digit ZIP mailed from (default: the manifest.origin-zip setting).")
    private String originZip;

    @Option(
        names = "--amends",
        paramLabel = "ID",
        description = "The closed manifest this one corrects (needs --reason).")
    private String amends;

    @Option(
        names = "--reason",
        paramLabel = "TEXT",
        description = "Why it corrects it (3-500 characters); only with --amends.")
    private String reason;

    @Option(
        names = "--operator",
        required = true,
        paramLabel = "ID",
        description = "The supervisor's id, recorded on the manifest and in the audit log.")
    private String operator;

    @Option(names = "--pin", arity = "0", description = "Prompt for the supervisor PIN.")
    private boolean promptPin;

    Close(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      if ((amends == null) != (reason == null)) {
        throw new ParameterException(spec.commandLine(), "--amends and --reason go together");
      }
      String pin = PinInput.read(context, promptPin, spec.commandLine());
      try (StationOperations ops = Access.open(global, context)) {
        ManifestCloseOutcome out =
            ops.closeManifest(
                new ManifestCloseRequest(
                    date == null ? null : date.toString(),
                    originZip,
                    amends,
                    reason,
                    operator,
                    pin));
        if (!out.closed()) {
          context.err().println("station: " + out.nothingToClose());
          return NOTHING_TO_CLOSE;
        }
        Json.document(context.out(), out.manifest());
        return 0;
      }
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Closed manifests, newest first, one JSON object per line.")
  static final class ListManifests implements Callable<Integer> {
    private final CliContext context;
    @Mixin private GlobalOptions global;

    @Option(
        names = "--limit",
        defaultValue = "100",
        description = "At most this many (default: ${DEFAULT-VALUE}).")
    private int limit;

    ListManifests(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      try (StationOperations ops = Access.open(global, context)) {
        for (ManifestSummary m : ops.manifests(limit)) {
          Json.line(context.out(), m);
        }
        return 0;
      }
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = {
        "One manifest as JSON: its header and every piece (tracking number, service, extra"
            + " services, addressee, destination ZIP, weight, accepted at, chain hash).",
        "Exit status: 0 shown, 1 no such manifest."
      })
  static final class Show implements Callable<Integer> {
    private final CliContext context;
    @Mixin private GlobalOptions global;

    @Parameters(paramLabel = "ID", description = "The manifest id, e.g. station-1-20261201-1.")
    private String id;

    Show(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      try (StationOperations ops = Access.open(global, context)) {
        Optional<ManifestView> view = ops.manifest(id);
        if (view.isEmpty()) {
          context.err().println("station: no manifest " + Printable.of(id));
          return 1;
        }
        Json.document(context.out(), view.get());
        return 0;
      }
    }
  }
}
