package org.scanstation.simulator.printer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One job the printer received (a ZPL format {@code ^XA}...{@code ^XZ}, or a TSPL/EPL2 job up to
 * its print command), as it stands now. Immutable: a snapshot taken when asked for.
 *
 * @param number 1 for the first format received, counting up
 * @param receivedAt when its {@code ^XZ} arrived
 * @param zpl ZPL: the exact bytes from {@code ^XA} to {@code ^XZ}; TSPL/EPL2: its accepted command
 *     lines, each ended by CR LF, with their bitmap payloads
 * @param barcodes the barcode fields in it (ZPL), or the barcodes read from its raster (TSPL/EPL2)
 * @param labels labels it asks for ({@code ^PQ}, {@code PRINT m,n}, {@code Pp,c}; default 1)
 * @param state queued, printed, cancelled or discarded
 * @param printedAt when its last label finished, or null
 * @param language the language it came in (the printer's)
 */
public record PrintJob(
    int number,
    Instant receivedAt,
    byte[] zpl,
    List<Barcode> barcodes,
    int labels,
    JobState state,
    Instant printedAt,
    PrinterLanguage language) {

  /** Copies the mutable parts. */
  public PrintJob {
    Objects.requireNonNull(receivedAt, "receivedAt");
    zpl = zpl.clone();
    barcodes = List.copyOf(barcodes);
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(language, "language");
  }

  /** A copy of the bytes. */
  @Override
  public byte[] zpl() {
    return zpl.clone();
  }

  /** The bytes as text (ISO-8859-1: one character per byte). */
  public String zplText() {
    return new String(zpl, StandardCharsets.ISO_8859_1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PrintJob j
        && number == j.number
        && labels == j.labels
        && receivedAt.equals(j.receivedAt)
        && Arrays.equals(zpl, j.zpl)
        && barcodes.equals(j.barcodes)
        && state == j.state
        && Objects.equals(printedAt, j.printedAt)
        && language == j.language;
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, receivedAt, Arrays.hashCode(zpl), barcodes, labels, state);
  }

  @Override
  public String toString() {
    return "PrintJob["
        + number
        + ", "
        + language
        + ", "
        + state
        + ", "
        + labels
        + " label(s), "
        + barcodes
        + "]";
  }
}
