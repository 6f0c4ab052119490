package org.scanstation.label;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes a label as EPL2 for the Zebra LP/TLP 2844 family: clear the image buffer ({@code N}),
 * label width ({@code q}) and length with gap ({@code Q}), darkness ({@code D}) and speed ({@code
 * S}) from the {@link PrintSettings}, the whole label as one {@code GW} graphic (the {@link
 * LabelRaster} the PNG shows, dot for dot), then {@code P1}. One raster rather than EPL's own text
 * and barcode commands, so the picture is the same on every printer; text from outside reaches the
 * printer only as dots, never as commands. Immutable and thread-safe.
 */
final class EplRenderer implements LabelRenderer {
  /** The gap between labels on common 4x6 stock, in inches (3 mm). */
  static final double GAP_IN = 0.12;

  private final PrintGrid grid;
  private final PrintSettings settings;

  EplRenderer(PrintGrid grid, PrintSettings settings) {
    this.grid = grid;
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Override
  public LabelFormat format() {
    return LabelFormat.EPL;
  }

  @Override
  public int dpi() {
    return grid.dpi();
  }

  @Override
  public byte[] render(ShippingLabel label) {
    Objects.requireNonNull(label, "label");
    PrinterBitmap bitmap =
        PrinterBitmap.of(LabelRaster.draw(LabelComposer.compose(label, grid), grid));
    ByteArrayOutputStream out = new ByteArrayOutputStream(bitmap.rows().length + 128);
    // A leading line feed ends any half command a dropped earlier job left in the parser.
    line(out, "");
    line(out, "N");
    line(out, "q%d", grid.width());
    line(out, "Q%d,%d", grid.height(), grid.dots(GAP_IN));
    line(out, "D%d", settings.darkness());
    line(out, "S%d", settings.speed());
    ascii(out, String.format(Locale.ROOT, "GW0,0,%d,%d,", bitmap.widthBytes(), bitmap.height()));
    out.writeBytes(bitmap.rows());
    line(out, "");
    line(out, "P1");
    return out.toByteArray();
  }

  private static void line(ByteArrayOutputStream out, String format, Object... args) {
    ascii(out, String.format(Locale.ROOT, format, args) + "\n");
  }

  private static void ascii(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
  }
}
