package org.scanstation.station.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.scanstation.station.StationException;
import org.scanstation.station.domain.receipt.Receipt;
import org.scanstation.station.domain.receipt.ReceiptCheck;
import org.scanstation.station.domain.receipt.ReceiptVerdict;
import org.scanstation.station.receipts.ReceiptFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code station verify-receipt}: checks a receipt offline, with no store. */
@Command(
    name = "verify-receipt",
    mixinStandardHelpOptions = true,
    description = {
      "Check a JSON receipt made by 'station receipt' offline (no store, no station needed): the"
          + " acceptance's fields must give its chain hash, its Merkle path must lead from that"
          + " hash to the receipt's manifest root and to the root printed on the stamped manifest"
          + " (--root), and the station's signature must cover every field (manifest header and"
          + " carrier events included). With --key the signing key must be the one whose"
          + " fingerprint is given; without it, compare the key named with the manifest's.",
      "Prints a summary when everything holds; otherwise says exactly what fails.",
      "Exit status: 0 the receipt holds, 1 something fails (or the file is unreadable), 2 usage"
          + " error."
    })
final class VerifyReceiptCommand implements Callable<Integer> {
  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  private final CliContext context;

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The receipt (JSON).")
  private Path file;

  @Option(
      names = "--root",
      required = true,
      paramLabel = "HEX",
      description = "The Merkle root printed on the stamped manifest (64 hex digits).")
  private String root;

  @Option(
      names = "--key",
      paramLabel = "FINGERPRINT",
      description = "The station key's SHA-256 fingerprint (64 hex digits) to require.")
  private String key;

  VerifyReceiptCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    String stamped = hex(root, "--root");
    String fingerprint = key == null ? null : hex(key, "--key");
    ReceiptVerdict v = ReceiptFile.check(read(file), stamped, fingerprint);
    if (v instanceof ReceiptVerdict.Holds h) {
      print(h);
      return 0;
    }
    for (String failure : ((ReceiptVerdict.Fails) v).failures()) {
      context.err().println("station: receipt " + file + ": " + failure);
    }
    context.out().println("FAILS");
    return 1;
  }

  private void print(ReceiptVerdict.Holds h) {
    Receipt r = h.receipt().receipt();
    context.out().println("HOLDS");
    context.out().println("  parcel:    " + r.acceptance().trackingNumber());
    context
        .out()
        .println(
            "  accepted:  "
                + Printable.text(r.acceptance().acceptedAt(), 40)
                + " at "
                + Printable.text(r.acceptance().stationId(), 64)
                + " by "
                + Printable.text(r.acceptance().operatorId(), 64));
    context
        .out()
        .println(
            "  manifest:  "
                + Printable.text(r.manifest().id(), 40)
                + ", piece "
                + (r.path().index() + 1)
                + " of "
                + r.path().size()
                + ", root "
                + h.root()
                + " = the stamped root");
    context
        .out()
        .println(
            "  signed by: station key "
                + h.receipt().signature().fingerprint()
                + (h.keyChecked()
                    ? " (the key given with --key)"
                    : " (not checked: compare it with the key fingerprint on the manifest, or"
                        + " pass --key)"));
  }

  private String hex(String value, String option) {
    String v = ReceiptCheck.normalized(value);
    if (!HEX64.matcher(v).matches()) {
      throw new ParameterException(
          spec.commandLine(),
          option + " must be 64 hex digits, got '" + Printable.text(value, 80) + "'");
    }
    return v;
  }

  /** The file's bytes, refusing one larger than any receipt unread. */
  private static byte[] read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      // one byte more than a receipt may have is enough for the check to refuse it
      return in.readNBytes(ReceiptFile.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new StationException("cannot read the receipt " + file + ": " + e.getMessage(), e);
    }
  }
}
