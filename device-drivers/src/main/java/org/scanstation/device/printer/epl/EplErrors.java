package org.scanstation.device.printer.epl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.scanstation.device.DeviceException;
import org.scanstation.device.printer.stream.WireQuery;

/**
 * A parsed {@code ^ee} reply: {@code 00} when there is no error, else the printer's two-digit error
 * codes, separated by spaces or commas, ending in a line break. Codes (EPL2 programmer's manual):
 * 01 syntax error, 02 object exceeded the label border, 03 bar code data length error, 04
 * insufficient memory, 05 memory configuration error, 06 RS-232 interface error, 07 paper or ribbon
 * empty, 08 duplicate name, 09 name not found, 10 not in data entry mode, 11 print head up (open),
 * 12 paused.
 *
 * @param codes the error codes, without 00
 */
record EplErrors(List<Integer> codes) {
  static final int MEDIA_OUT = 7;
  static final int HEAD_UP = 11;
  static final int PAUSED = 12;

  private static final Pattern FORM = Pattern.compile("\\d\\d([ ,]+\\d\\d)*");
  private static final String[] WORDS = {
    null,
    "syntax error in a job",
    "an object exceeded the label border",
    "bar code data length error",
    "insufficient memory",
    "memory configuration error",
    "RS-232 interface error",
    "paper or ribbon empty",
    "duplicate name",
    "name not found",
    "not in data entry mode",
    "print head up",
    "paused"
  };

  /** Copies the codes. */
  EplErrors {
    codes = List.copyOf(codes);
  }

  /** Whether {@code got} holds a whole reply (a line). */
  static boolean complete(CharSequence got) {
    return got.toString().indexOf('\n') >= 0;
  }

  /**
   * Parses a reply, one char a byte.
   *
   * @throws DeviceException when it is not a line of two-digit codes
   */
  static EplErrors parse(String reply) {
    String line = reply == null ? "" : reply.strip();
    if (!FORM.matcher(line).matches()) {
      throw new DeviceException(
          "the reply to ^ee is not a line of two-digit error codes: '"
              + WireQuery.visible(reply == null ? "" : reply)
              + "'");
    }
    List<Integer> codes = new ArrayList<>();
    for (String c : line.split("[ ,]+")) {
      int code = Integer.parseInt(c);
      if (code != 0 && !codes.contains(code)) {
        codes.add(code);
      }
    }
    return new EplErrors(codes);
  }

  boolean has(int code) {
    return codes.contains(code);
  }

  /** A code in words: "bar code data length error (EPL2 error 03)". */
  static String words(int code) {
    String w = code < WORDS.length ? WORDS[code] : null;
    return (w == null ? "error" : w) + String.format(" (EPL2 error %02d)", code);
  }
}
