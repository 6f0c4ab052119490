package org.scanstation.label;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes a label as TSPL/TSPL2 for TSC-compatible 4x6 printers: the page setup, then the whole
 * label as one {@code BITMAP} (the {@link LabelRaster} the PNG shows, dot for dot), then {@code
 * PRINT 1,1}. One raster rather than the firmware's own text and barcode commands, because clones
 * handle FNC1 inside {@code BARCODE} differently and their fonts differ; the picture is the same on
 * every printer. Text from outside reaches the printer only as dots, never as commands. Darkness
 * and speed come from the {@link PrintSettings}. Immutable and thread-safe.
 */
final class TsplRenderer implements LabelRenderer {
  /** The gap between labels on common 4x6 stock: 3 mm (0.12 in). */
  static final String GAP = "0.12,0";

  private final PrintGrid grid;
  private final PrintSettings settings;

  TsplRenderer(PrintGrid grid, PrintSettings settings) {
    this.grid = grid;
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Override
  public LabelFormat format() {
    return LabelFormat.TSPL;
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
    ByteArrayOutputStream out = new ByteArrayOutputStream(bitmap.rows().length + 256);
    // SIZE in inches: the label is 4 x 6 in at either resolution; the dots differ, not the paper.
    line(out, "SIZE %s,%s", inches(PrintGrid.WIDTH_IN), inches(PrintGrid.HEIGHT_IN));
    line(out, "GAP %s", GAP);
    line(out, "DIRECTION 0");
    line(out, "REFERENCE 0,0");
    line(out, "DENSITY %d", settings.darkness());
    line(out, "SPEED %d", settings.speed());
    line(out, "CLS");
    ascii(
        out,
        String.format(Locale.ROOT, "BITMAP 0,0,%d,%d,0,", bitmap.widthBytes(), bitmap.height()));
    out.writeBytes(bitmap.rows());
    ascii(out, "\r\n");
    line(out, "PRINT 1,1");
    return out.toByteArray();
  }

  private static String inches(double in) {
    return in == Math.rint(in) ? Long.toString((long) in) : Double.toString(in);
  }

  private static void line(ByteArrayOutputStream out, String format, Object... args) {
    ascii(out, String.format(Locale.ROOT, format, args) + "\r\n");
  }

  private static void ascii(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
  }
}
