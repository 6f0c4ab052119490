package org.scanstation.device.printer.stream;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The shape of a job in a line-based language (TSPL, EPL2): one command a line, and a bitmap
 * command whose binary data, {@code width × height} bytes after its last parameter, may hold any
 * byte, so it is skipped by length rather than searched for line ends. Pure.
 *
 * @param labels how many lines print a label
 * @param endOfLastLabel the index just after the line end of the last such line, or -1
 * @param bitmap the bitmap command when the job has one, else null
 */
public record CommandLines(int labels, int endOfLastLabel, String bitmap) {

  /**
   * Scans {@code job}.
   *
   * @param bitmapCommand how a bitmap line starts ("BITMAP ", "GW")
   * @param fieldsBeforeData how many comma-separated parameters come before its data (the third is
   *     the width in bytes, the fourth the height in dots)
   * @param printLine a whole line (upper case, without its line end) that prints a label
   */
  public static CommandLines scan(
      byte[] job, String bitmapCommand, int fieldsBeforeData, Pattern printLine) {
    String text = new String(job, StandardCharsets.ISO_8859_1);
    int labels = 0;
    int end = -1;
    String bitmap = null;
    int at = 0;
    while (at < text.length()) {
      int eol = text.indexOf('\n', at);
      String line = (eol < 0 ? text.substring(at) : text.substring(at, eol)).strip();
      String upper = line.toUpperCase(Locale.ROOT);
      if (upper.startsWith(bitmapCommand)) {
        bitmap = bitmapCommand.strip();
        int skip = dataEnd(text, at, bitmapCommand.length(), fieldsBeforeData);
        if (skip > 0) {
          at = skip;
          continue;
        }
      }
      if (eol < 0) {
        break; // a command without its line end is never carried out
      }
      if (printLine.matcher(upper).matches()) {
        labels++;
        end = eol + 1;
      }
      at = eol + 1;
    }
    return new CommandLines(labels, end, bitmap);
  }

  /** Where a bitmap's data ends, or -1 when its parameters are not readable. */
  private static int dataEnd(String text, int lineStart, int commandLength, int fields) {
    int at = lineStart + commandLength;
    long[] values = new long[fields];
    for (int f = 0; f < fields; f++) {
      int comma = text.indexOf(',', at);
      if (comma < 0 || comma - at > 12) {
        return -1;
      }
      try {
        values[f] = Long.parseLong(text.substring(at, comma).strip());
      } catch (NumberFormatException e) {
        return -1;
      }
      at = comma + 1;
    }
    long data = fields >= 4 ? values[2] * values[3] : 0;
    return data <= 0 || at + data > text.length() ? -1 : (int) (at + data);
  }
}
