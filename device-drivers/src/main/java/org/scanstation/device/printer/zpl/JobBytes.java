package org.scanstation.device.printer.zpl;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What the drivers need to know about a job's ZPL bytes: where its last format ends, how many
 * formats it holds, whether it carries a bitmap. Pure; reads the bytes as ISO-8859-1 (one char per
 * byte), commands case-insensitively.
 */
final class JobBytes {
  private static final String[] BITMAP_COMMANDS = {"^GF", "~DG", "~DY", "~DB"};

  private JobBytes() {}

  /** The index just after the last {@code ^XZ}, or -1 when there is none. */
  static int endOfLastFormat(byte[] job) {
    int at = upper(job).lastIndexOf("^XZ");
    return at < 0 ? -1 : at + 3;
  }

  /** How many formats ({@code ^XA}) the job starts. */
  static int formats(byte[] job) {
    String text = upper(job);
    int n = 0;
    for (int at = text.indexOf("^XA"); at >= 0; at = text.indexOf("^XA", at + 3)) {
      n++;
    }
    return n;
  }

  /** The first bitmap-downloading command in the job ("^GF"), or null when there is none. */
  static String bitmapCommand(byte[] job) {
    String text = upper(job);
    for (String c : BITMAP_COMMANDS) {
      if (text.contains(c)) {
        return c;
      }
    }
    return null;
  }

  private static String upper(byte[] job) {
    return new String(job, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
  }
}
