package org.scanstation.station.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scanstation.paperwork.PaperSize;
import org.scanstation.station.api.StationOperations;
import org.scanstation.station.domain.receipt.Receipt;
import org.scanstation.station.domain.receipt.SignedReceipt;
import org.scanstation.station.receipts.ReceiptJson;
import org.scanstation.station.receipts.ReceiptPaper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code station receipt}: a parcel's signed receipt, checkable offline. */
@Command(
    name = "receipt",
    mixinStandardHelpOptions = true,
    description = {
      "Write the signed receipt of a parcel on a closed manifest: its acceptance as the hash chain"
          + " recorded it, the manifest's header and the Merkle path from the parcel to the"
          + " manifest's root, and the USPS acceptance and delivery events when the tracking"
          + " read-back knows them (docs/paperwork.md).",
      "The receipt is JSON signed with the station's Ed25519 key (made on first use in"
          + " the data directory, file receipt-key, owner-only; 'station backup' copies it). The"
          + " key's fingerprint is printed on standard error: compare it with the one on the"
          + " manifest. Check a receipt with 'station verify-receipt FILE --root HEX'.",
      "--format pdf writes the same facts as a one-page PDF for a person (the manifest root as a"
          + " QR code, the key's fingerprint) on --paper letter or a4; it needs --out. The JSON"
          + " stays the file verify-receipt checks.",
      "Works with and without a running station.",
      "Exit status: 0 written, 1 unknown parcel, not on a closed manifest yet, or failed, 2 usage"
          + " error."
    })
final class ReceiptCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    json,
    pdf
  }

  /** The PDF's paper. */
  private final CliContext context;

  @Mixin private GlobalOptions global;

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "TRACKING", description = "Tracking number (or order id).")
  private String key;

  @Option(
      names = "--format",
      defaultValue = "json",
      description = "json or pdf (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "Write the receipt here (replacing FILE) instead of standard output; required for pdf.")
  private Path out;

  @Option(
      names = "--paper",
      paramLabel = "letter|a4",
      converter = PaperConverter.class,
      description = "The PDF's paper: letter or a4 (default: letter; --format pdf only).")
  private PaperSize paper;

  ReceiptCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (format == Format.pdf && out == null) {
      throw new ParameterException(
          spec.commandLine(), "--format pdf needs --out FILE: a PDF is not text for a terminal");
    }
    if (format == Format.json && paper != null) {
      throw new ParameterException(
          spec.commandLine(), "--paper is for --format pdf; a JSON receipt has no paper");
    }
    SignedReceipt r;
    try (StationOperations ops = Access.open(global, context)) {
      r = ops.receipt(key);
    }
    if (format == Format.pdf) {
      write(out, ReceiptPaper.pdf(r, paper == null ? PaperSize.LETTER : paper));
    } else if (out == null) {
      context.out().print(ReceiptJson.write(r));
      context.out().flush();
    } else {
      write(out, ReceiptJson.write(r).getBytes(StandardCharsets.UTF_8));
    }
    context.err().println(summary(r));
    return 0;
  }

  private void write(Path file, byte[] bytes) {
    OutputFile.write(context, file.toString(), bytes, "the receipt");
  }

  private String summary(SignedReceipt r) {
    Receipt x = r.receipt();
    return "station: receipt for "
        + r.trackingNumber()
        + ", piece "
        + (x.path().index() + 1)
        + " of "
        + x.path().size()
        + " on manifest "
        + Printable.text(x.manifest().id(), 40)
        + " (root "
        + x.manifest().root()
        + "), signed by station key "
        + r.signature().fingerprint()
        + (out == null ? "" : "; written to " + out);
  }
}
