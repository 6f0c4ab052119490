package org.scanstation.device.printer.tspl;

import java.util.ArrayList;
import java.util.List;
import org.scanstation.device.DeviceException;
import org.scanstation.device.printer.stream.WireQuery;

/**
 * A parsed {@code <ESC>!S} reply: {@code <STX>}, four status bytes based at {@code @} (0x40),
 * {@code <ETX><CR><LF>}. Byte 1 is a message ({@code @} normal, {@code `} paused, {@code E} printer
 * error, {@code K} waiting for the print key...), byte 2 warnings (0x08 receive buffer full), byte
 * 3 errors (0x01 head overheat, 0x02 motor overheat, 0x04 print head error, 0x08 cutter jam, 0x10
 * out of memory), byte 4 errors (0x01 paper empty, 0x02 paper jam, 0x04 ribbon empty, 0x08 ribbon
 * jam, 0x20 head open).
 *
 * @param message byte 1 as a character
 * @param warnings byte 2 less 0x40
 * @param errors byte 3 less 0x40
 * @param media byte 4 less 0x40
 */
record TsplDetail(char message, int warnings, int errors, int media) {
  static final int BUFFER_FULL = 0x08;
  static final int PAPER_EMPTY = 0x01;
  static final int RIBBON_EMPTY = 0x04;
  static final int HEAD_OPEN = 0x20;

  private static final String[] ERROR_WORDS = {
    "print head overheat",
    "stepping motor overheat",
    "print head error",
    "cutter jam",
    "insufficient memory"
  };
  private static final String[] MEDIA_WORDS = {null, "paper jam", null, "ribbon jam"};

  /** Whether {@code got} holds a whole reply. */
  static boolean complete(CharSequence got) {
    String s = got.toString();
    int stx = s.indexOf('\u0002');
    return stx >= 0 && s.indexOf('\u0003', stx) >= 0;
  }

  /**
   * Parses a reply, one char a byte; anything before the last {@code <STX>} is a late answer to an
   * earlier query and is skipped.
   *
   * @throws DeviceException when it is not in that form
   */
  static TsplDetail parse(String reply) {
    int stx = reply.lastIndexOf('\u0002');
    if (stx < 0 || reply.length() < stx + 6 || reply.charAt(stx + 5) != '\u0003') {
      throw new DeviceException(
          "the reply to <ESC>!S is not <STX> and four status bytes: '"
              + WireQuery.visible(reply)
              + "'");
    }
    int[] b = new int[4];
    for (int i = 0; i < 4; i++) {
      b[i] = reply.charAt(stx + 1 + i) - 0x40;
      if (b[i] < 0 || b[i] > 0x3f) {
        throw new DeviceException(
            "the reply to <ESC>!S has a status byte outside @..DEL: '"
                + WireQuery.visible(reply)
                + "'");
      }
    }
    return new TsplDetail(reply.charAt(stx + 1), b[1], b[2], b[3]);
  }

  /** The errors with no state of their own, in words. */
  List<String> otherErrors() {
    List<String> out = new ArrayList<>();
    if (message == 'E' && errors == 0 && (media & ~(PAPER_EMPTY | RIBBON_EMPTY | HEAD_OPEN)) == 0) {
      out.add("printer error");
    }
    if (message == 'K') {
      out.add("waiting for its print key to be pressed");
    }
    words(errors, ERROR_WORDS, out);
    words(media, MEDIA_WORDS, out);
    return out;
  }

  private static void words(int bits, String[] names, List<String> out) {
    for (int i = 0; i < names.length; i++) {
      if ((bits & (1 << i)) != 0 && names[i] != null) {
        out.add(names[i]);
      }
    }
  }

  boolean paused() {
    return message == '`';
  }
}
