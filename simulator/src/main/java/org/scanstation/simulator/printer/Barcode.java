package org.scanstation.simulator.printer;

import java.util.Objects;

/**
 * A barcode field found in a received format.
 *
 * @param command {@code BC} (Code 128) or {@code BX} (DataMatrix)
 * @param gs1 whether the symbol starts with FNC1, making it GS1-128 / GS1 DataMatrix (a scanner
 *     would report {@code ]C1} / {@code ]d2})
 * @param data what a scanner would read, without the AIM identifier: {@code ^FH} hex escapes and
 *     invocation codes ({@code >;}, {@code >8}...) or DataMatrix escapes ({@code ~1}, {@code
 *     ~dNNN}) decoded, the leading FNC1 dropped, every later FNC1 as GS (0x1D). A USPS IMpb label
 *     reads {@code 420<ZIP><GS><tracking number>}.
 * @param fieldData the {@code ^FD} text exactly as sent
 */
public record Barcode(String command, boolean gs1, String data, String fieldData) {
  /** Requires every part. */
  public Barcode {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(fieldData, "fieldData");
  }
}
