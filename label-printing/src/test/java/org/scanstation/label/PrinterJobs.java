package org.scanstation.label;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
    String text = new String(job, StandardCharsets.ISO_8859_1);
    int start = text.indexOf(eol + bitmapCommand) + eol.length();
    if (start < eol.length()) {
      throw new AssertionError("no " + bitmapCommand.strip() + " line in the job");
    }
    int data = start;
    for (int commas = 0; commas < params; data++) {
      commas += text.charAt(data) == ',' ? 1 : 0;
    }
    String head = text.substring(start, data - 1);
    String[] p = head.substring(bitmapCommand.length()).split(",", -1);
    int widthBytes = Integer.parseInt(p[2]);
    int height = Integer.parseInt(p[3]);
    int end = data + widthBytes * height;
    if (!text.startsWith(eol, end)) {
      throw new AssertionError("the bitmap data is not followed by a line end at byte " + end);
    }
    List<String> commands = new ArrayList<>(lines(text.substring(0, start), eol));
    commands.add(head);
    commands.addAll(lines(text.substring(end + eol.length()), eol));
    return new Job(commands, widthBytes, height, Arrays.copyOfRange(job, data, end));
  }

  /** Whole lines only: a job that ends inside a line is malformed. */
  private static List<String> lines(String text, String eol) {
    if (!text.isEmpty() && !text.endsWith(eol)) {
      throw new AssertionError("the job ends inside a line: " + text);
    }
    return text.isEmpty() ? List.of() : List.of(text.split(eol, -1)).subList(0, count(text, eol));
  }

  private static int count(String text, String eol) {
    return (text.length() - text.replace(eol, "").length()) / eol.length();
  }
}
