package org.scanstation.device.printer.tspl;

import java.util.LinkedHashMap;
import java.util.Map;
import org.scanstation.device.DeviceException;
import org.scanstation.device.printer.stream.WireQuery;

/**
 * A parsed {@code <ESC>!?} reply: exactly one byte of flags, 0x00 when ready. Bits (TSPL2
 * programming manual): 0x01 head open, 0x02 paper jam, 0x04 paper out, 0x08 ribbon out, 0x10
 * paused, 0x20 printing, 0x40 cover open, 0x80 temperature out of range.
 *
 * @param bits the byte
 */
record TsplFlags(int bits) {
  static final int HEAD_OPEN = 0x01;
  static final int PAPER_JAM = 0x02;
  static final int PAPER_OUT = 0x04;
  static final int RIBBON_OUT = 0x08;
  static final int PAUSED = 0x10;
  static final int PRINTING = 0x20;
  static final int COVER_OPEN = 0x40;
  static final int TEMPERATURE = 0x80;

  /** The flags with no state of their own, and their words. */
  static final Map<Integer, String> ERRORS = errors();

  private static Map<Integer, String> errors() {
    Map<Integer, String> m = new LinkedHashMap<>();
    m.put(PAPER_JAM, "paper jam");
    m.put(COVER_OPEN, "cover open");
    m.put(TEMPERATURE, "temperature out of range");
    return m;
  }

  /**
   * Parses a reply, one char a byte.
   *
   * @throws DeviceException when it is not exactly one byte (another language's reply, noise)
   */
  static TsplFlags parse(String reply) {
    if (reply == null || reply.length() != 1) {
      throw new DeviceException(
          "the reply to <ESC>!? is not one status byte: '"
              + WireQuery.visible(reply == null ? "" : reply)
              + "'");
    }
    return new TsplFlags(reply.charAt(0) & 0xff);
  }

  boolean has(int flag) {
    return (bits & flag) != 0;
  }
}
