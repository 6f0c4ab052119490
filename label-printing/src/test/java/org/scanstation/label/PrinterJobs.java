package org.scanstation.label;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tiny reader for the TSPL and EPL2 the raster renderers write, as a printer would read them: the
 * command lines, and the one bitmap's raw rows turned back into dots. Fails loudly on anything it
 * does not expect, so a malformed job cannot pass a test.
 */
final class PrinterJobs {
  private PrinterJobs() {}

  /**
   * One job: its command lines (the bitmap command without its data) and the bitmap.
   *
   * @param commands every line, in order; the bitmap line ends at its last numeric parameter
   * @param widthBytes bytes per row, as the bitmap command says
   * @param height rows, as the bitmap command says
   * @param rows the raw bitmap bytes
   */
  record Job(List<String> commands, int widthBytes, int height, byte[] rows) {
    /** Whether the printer burns the dot at x, y: a 0 bit. */
    boolean burns(int x, int y) {
      int b = rows[y * widthBytes + x / 8] & 0xFF;
      return (b & (0x80 >>> (x % 8))) == 0;
    }

    /** The bitmap as a picture, burnt dots black, padding included, for ZXing. */
    BufferedImage image() {
      BufferedImage image =
          new BufferedImage(widthBytes * 8, height, BufferedImage.TYPE_BYTE_BINARY);
      for (int y = 0; y < height; y++) {
        for (int x = 0; x < widthBytes * 8; x++) {
          image.setRGB(x, y, burns(x, y) ? 0xFF000000 : 0xFFFFFFFF);
        }
      }
      return image;
    }
  }

  /** TSPL: CR LF lines; {@code BITMAP x,y,widthBytes,height,mode,} then the data. */
  static Job tspl(byte[] job) {
    return parse(job, "BITMAP ", 5, "\r\n");
  }

  /** EPL2: LF lines; {@code GWx,y,widthBytes,height,} then the data. */
  static Job epl(byte[] job) {
    return parse(job, "GW", 4, "\n");
  }

  private static Job parse(byte[] job, String bitmapCommand, int params, String eol) {
    List<String> commands = new ArrayList<>();
    byte[] rows = null;
    int widthBytes = 0;
    int height = 0;
    int at = 0;
    while (at < job.length) {
      int commas = 0;
      int end = at;
      StringBuilder line = new StringBuilder();
      while (!line.toString().endsWith(eol)) {
        if (end >= job.length) {
          throw new AssertionError("the job ends inside a line: " + line);
        }
        char c = (char) (job[end++] & 0xFF);
        line.append(c);
        commas += c == ',' ? 1 : 0;
        if (line.toString().startsWith(bitmapCommand) && commas == params) {
          if (rows != null) {
            throw new AssertionError("a second bitmap in one job");
          }
          String head = line.substring(0, line.length() - 1);
          String[] p = head.substring(bitmapCommand.length()).split(",");
          widthBytes = Integer.parseInt(p[2]);
          height = Integer.parseInt(p[3]);
          rows = new byte[widthBytes * height];
          System.arraycopy(job, end, rows, 0, rows.length);
          end += rows.length;
          line = new StringBuilder(head);
          expect(job, end, eol);
          end += eol.length();
          break;
        }
      }
      String text = line.toString();
      commands.add(text.endsWith(eol) ? text.substring(0, text.length() - eol.length()) : text);
      at = end;
    }
    if (rows == null) {
      throw new AssertionError("no " + bitmapCommand.strip() + " in the job");
    }
    return new Job(commands, widthBytes, height, rows);
  }

  private static void expect(byte[] job, int at, String eol) {
    byte[] want = eol.getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < want.length; i++) {
      if (at + i >= job.length || job[at + i] != want[i]) {
        throw new AssertionError("the bitmap data is not followed by a line end at byte " + at);
      }
    }
  }
}
