package org.scanstation.station.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.scanstation.paperwork.PaperSize;
import org.scanstation.station.api.ManifestView;
import org.scanstation.station.api.StationOperations;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.documents.ManifestDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code station manifest pdf} and {@code station manifest firm-sheet}: a closed manifest on paper.
 * Both read the manifest through the running station when one runs, else from the store, and draw
 * it here; the same manifest always gives the same bytes.
 */
final class ManifestDocumentCommands {
  private ManifestDocumentCommands() {}

  /** The options both documents take. */
  static final class DocumentOptions {
    @Mixin GlobalOptions global;

    @Parameters(paramLabel = "ID", description = "The manifest id, e.g. station-1-20261201-1.")
    String id;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "FILE",
        description = "Where to write the PDF ('-' for standard output).")
    String out;

    @Option(
        names = "--paper",
        defaultValue = "letter",
        paramLabel = "letter|a4",
        converter = PaperConverter.class,
        description = "Paper size (default: ${DEFAULT-VALUE}).")
    PaperSize paper;
  }

  /** {@code station manifest pdf}. */
  @Command(
      name = "pdf",
      mixinStandardHelpOptions = true,
      description = {
        "The hand-off manifest as PDF: facility and station, date, the manifest id as a Code 128"
            + " barcode, the Merkle root as a QR code and the receipt key's fingerprint, one line"
            + " per piece, totals by service and a signature block for the driver or clerk. The"
            + " station's own chain-of-custody record, not a USPS SCAN form.",
        "Exit status: 0 written, 1 no such manifest or the file cannot be written."
      })
  static final class HandOff implements Callable<Integer> {
    private final CliContext context;
    @Mixin private DocumentOptions options;

    HandOff(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      return draw(
          context,
          options,
          "hand-off manifest",
          (documents, view) ->
              documents.handOff(
                  view, options.paper, ReceiptKeys.fingerprint(options.global.dataDir())));
    }
  }

  /** {@code station manifest firm-sheet}. */
  @Command(
      name = "firm-sheet",
      mixinStandardHelpOptions = true,
      description = {
        "A PS Form 3877-style firm sheet of the manifest's accountable pieces (Certified Mail in"
            + " any variant, and Priority Mail Express) as PDF: the sender (mailer.name,"
            + " mailer.address) on every sheet, articles in numerical order, the fee columns that"
            + " apply marked, unused lines struck through, the totals and the post office's"
            + " boxes; several sheets when needed. Once the post office signs and stamps it, the"
            + " stamped copy is the proof of mailing; a computer-made facsimile needs the local"
            + " postmaster's written approval, as the sheet says.",
        "Exit status: 0 written, 1 no such manifest, no accountable piece on it, the mailer not"
            + " configured, or the file cannot be written."
      })
  static final class FirmSheet implements Callable<Integer> {
    private final CliContext context;
    @Mixin private DocumentOptions options;

    FirmSheet(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      return draw(
          context,
          options,
          "firm sheet",
          (documents, view) -> documents.firmSheet(view, options.paper));
    }
  }

  private interface Drawing {
    byte[] draw(ManifestDocuments documents, ManifestView view);
  }

  private static int draw(CliContext context, DocumentOptions o, String what, Drawing drawing) {
    StationConfig config = o.global.config();
    ManifestDocuments documents = ManifestDocuments.of(config);
    Optional<ManifestView> view;
    try (StationOperations ops = Access.open(o.global, context)) {
      view = ops.manifest(o.id);
    }
    if (view.isEmpty()) {
      context.err().println("station: no manifest " + Printable.of(o.id));
      return 1;
    }
    byte[] pdf = drawing.draw(documents, view.get());
    OutputFile.write(context, o.out, pdf, "the " + what);
    if (!o.out.equals("-")) {
      context
          .err()
          .printf(
              Locale.ROOT,
              "wrote %s (%s of manifest %s, %d pieces, %d bytes)%n",
              o.out,
              what,
              view.get().manifest().id(),
              view.get().manifest().pieces(),
              pdf.length);
    }
    return 0;
  }
}
