package org.scanstation.simulator.printer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One format ({@code ^XA}...{@code ^XZ}) the printer received, as it stands now. Immutable: a
 * snapshot taken when asked for.
 *
 * @param number 1 for the first format received, counting up
 * @param receivedAt when its {@code ^XZ} arrived
 * @param zpl the exact bytes from {@code ^XA} to {@code ^XZ}
 * @param barcodes the barcode fields in it, in order
 * @param labels labels it asks for ({@code ^PQ}, default 1)
 * @param state queued, printed, cancelled or discarded
 * @param printedAt when its last label finished, or null
 */
public record PrintJob(
    int number,
    Instant receivedAt,
    byte[] zpl,
    List<Barcode> barcodes,
    int labels,
    JobState state,
    Instant printedAt) {

  /** Copies the mutable parts. */
  public PrintJob {
    Objects.requireNonNull(receivedAt, "receivedAt");
    zpl = zpl.clone();
    barcodes = List.copyOf(barcodes);
    Objects.requireNonNull(state, "state");
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
        && Objects.equals(printedAt, j.printedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, receivedAt, Arrays.hashCode(zpl), barcodes, labels, state);
  }

  @Override
  public String toString() {
    return "PrintJob[" + number + ", " + state + ", " + labels + " label(s), " + barcodes + "]";
  }
}
