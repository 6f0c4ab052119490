package org.scanstation.paperwork;

import java.util.Objects;

/**
 * The end-of-day documents as PDF bytes: the hand-off manifest, the PS Form 3877-style firm sheet
 * and the parcel receipt, on A4 or US Letter.
 *
 * <p>Every method is pure computation (no I/O, no blocking), thread-safe and deterministic: the
 * same value on the same paper gives the same bytes, with no creation date and a document id
 * derived from the value. Text from outside is cleaned and cut to its box, never a reason to fail.
 */
public final class Paperwork {
  private Paperwork() {}

  /**
   * The hand-off manifest for the carrier's driver or clerk to sign.
   *
   * @throws PaperworkException when the manifest has no pieces
   */
  public static byte[] handOffManifest(HandOffManifest manifest, PaperSize paper) {
    Objects.requireNonNull(manifest, "manifest");
    return new ManifestPdf(Objects.requireNonNull(paper, "paper")).render(manifest);
  }

  /**
   * The firm sheets for a mailing's accountable pieces, in numerical order, {@value
   * FirmSheetLayout#LINES} to a sheet.
   *
   * @throws PaperworkException when there are no accountable pieces
   */
  public static byte[] firmSheet(FirmSheet sheet, PaperSize paper) {
    Objects.requireNonNull(sheet, "sheet");
    return new FirmSheetPdf(Objects.requireNonNull(paper, "paper")).render(sheet);
  }

  /** The one-page receipt of a parcel, for a person to read. */
  public static byte[] receipt(Receipt receipt, PaperSize paper) {
    Objects.requireNonNull(receipt, "receipt");
    return new ReceiptPdf(Objects.requireNonNull(paper, "paper")).render(receipt);
  }
}
