package org.scanstation.label;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes a label as ZPL II for Zebra-compatible printers: explicit page size ({@code ^PW}/{@code
 * ^LL}), font 0 for text, {@code ^GB} for boxes and rules, {@code ^BC} for the IMpb with {@code
 * ^BY} set to the module width, {@code ^BX} for the DataMatrix. One command per line.
 *
 * <p>Text from outside never reaches the printer as commands: every text field is written with
 * {@code ^FH} and every character other than a letter, a digit or a space as a {@code _XX} hex
 * escape, so a {@code ^} or {@code ~} in an address prints as itself. Output is plain ASCII.
 * Immutable and thread-safe.
 */
final class ZplRenderer implements LabelRenderer {
  private final PrintGrid grid;

  ZplRenderer(PrintGrid grid) {
    this.grid = grid;
  }

  @Override
  public LabelFormat format() {
    return LabelFormat.ZPL;
  }

  @Override
  public int dpi() {
    return grid.dpi();
  }

  @Override
  public byte[] render(ShippingLabel label) {
    Objects.requireNonNull(label, "label");
    LabelLayout layout = LabelComposer.compose(label, grid);
    StringBuilder z = new StringBuilder(4096);
    // UTF-8 field data (^CI28); the label is ASCII, so this only pins the printer's state.
    z.append("^XA\n^CI28\n");
    z.append("^PW").append(grid.width()).append('\n');
    z.append("^LL").append(grid.height()).append('\n');
    z.append("^LH0,0\n");
    for (LayoutElement e : layout.elements()) {
      z.append("^FO").append(e.x()).append(',').append(e.y());
      append(z, e);
      z.append("^FS\n");
    }
    z.append("^PQ1\n^XZ\n");
    return z.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static void append(StringBuilder z, LayoutElement e) {
    if (e instanceof Box b) {
      z.append(String.format(Locale.ROOT, "^GB%d,%d,%d,B,0", b.width(), b.height(), b.thickness()));
    } else if (e instanceof TextLine t) {
      int width = (int) Math.floor(t.size() * t.scaleX());
      z.append(String.format(Locale.ROOT, "^A0N,%d,%d", t.size(), width));
      if (t.align() == TextLine.Align.CENTER) {
        z.append(String.format(Locale.ROOT, "^FB%d,1,0,C,0", t.width()));
      }
      z.append("^FH^FD").append(hexEscaped(t.text()));
    } else if (e instanceof LinearBarcode b) {
      z.append(
          String.format(
              Locale.ROOT, "^BY%d,3,%d^BCN,%d,N,N,N,N", b.module(), b.height(), b.height()));
      z.append("^FD").append(b.zplData());
    } else if (e instanceof MatrixBarcode m) {
      z.append(
          String.format(
              Locale.ROOT,
              "^BXN,%d,200,%d,%d,,_,1",
              m.module(),
              m.matrix().getWidth(),
              m.matrix().getHeight()));
      z.append("^FD").append(m.zplData());
    } else {
      throw new IllegalStateException("no ZPL for " + e);
    }
  }

  /**
   * Field data for {@code ^FH}: letters, digits and spaces as they are, every other byte of the
   * UTF-8 text as {@code _XX}, the escape included ({@code _5F}).
   */
  static String hexEscaped(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (byte by : text.getBytes(StandardCharsets.UTF_8)) {
      int c = by & 0xFF;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ') {
        b.append((char) c);
      } else {
        b.append('_').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        b.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return b.toString();
  }
}
