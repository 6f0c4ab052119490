package org.scanstation.device.printer.zpl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scanstation.device.DeviceException;
import org.scanstation.device.printer.stream.WireQuery;

/**
 * A parsed {@code ~HQES} (extended status) reply. The printer answers
 *
 * <pre>
 * &lt;STX&gt;&lt;CR&gt;&lt;LF&gt;&lt;CR&gt;&lt;LF&gt;  PRINTER STATUS&lt;CR&gt;&lt;LF&gt;
 *    ERRORS:         1 00000000 00000005&lt;CR&gt;&lt;LF&gt;
 *    WARNINGS:       0 00000000 00000000&lt;CR&gt;&lt;LF&gt;&lt;ETX&gt;
 * </pre>
 *
 * where the first digit says whether any flag is set and the two hex groups are the high and low 32
 * flag bits. Error bits (the ZPL guide's table): 0x1 media out, 0x2 ribbon out, 0x4 head open, 0x8
 * cutter fault, 0x10 printhead over temperature, 0x20 motor over temperature, 0x40 bad printhead
 * element, 0x80 printhead detection error, 0x100 invalid firmware configuration, 0x200 printhead
 * thermistor open, and on kiosk printers 0x1000-0x80000 (0x10000 paused).
 *
 * @param errors the error bits
 * @param warnings the warning bits
 */
record ExtendedStatusReply(long errors, long warnings) {
  /** Error bit: media (paper) out. */
  public static final long MEDIA_OUT = 0x1;

  /** Error bit: ribbon out. */
  public static final long RIBBON_OUT = 0x2;

  /** Error bit: head open. */
  public static final long HEAD_OPEN = 0x4;

  /** Error bit (kiosk printers): paused. */
  public static final long PAUSED = 0x10000;

  private static final Pattern LINE =
      Pattern.compile("(ERRORS|WARNINGS):\\s*([01])\\s+([0-9A-Fa-f]{1,8})\\s+([0-9A-Fa-f]{1,8})");

  private static final String[] ERROR_NAMES = {
    "media out", "ribbon out", "head open", "cutter fault",
    "printhead over temperature", "motor over temperature", "bad printhead element",
        "printhead detection error",
    "invalid firmware configuration", "printhead thermistor open", null, null,
    "paper jam during retract", "presenter not running", "paper feed error",
        "clear paper path failed",
    "paused", "retract function timed out", "black mark calibrate error", "black mark not found"
  };

  /**
   * Parses a reply.
   *
   * @throws DeviceException quoting the reply when it has no ERRORS line
   */
  public static ExtendedStatusReply parse(String reply) {
    long errors = -1;
    long warnings = 0;
    Matcher m = LINE.matcher(reply);
    while (m.find()) {
      long bits = (Long.parseLong(m.group(3), 16) << 32) | Long.parseLong(m.group(4), 16);
      if (m.group(1).equals("ERRORS")) {
        errors = bits;
      } else {
        warnings = bits;
      }
    }
    if (errors < 0) {
      throw new DeviceException(
          "unreadable ~HQES reply (no ERRORS line): '" + WireQuery.visible(reply) + "'");
    }
    return new ExtendedStatusReply(errors, warnings);
  }

  /** Whether an error bit is set. */
  public boolean has(long bit) {
    return (errors & bit) != 0;
  }

  /**
   * The errors other than media out, ribbon out, head open and paused (which have states of their
   * own), in the guide's words: "cutter fault".
   */
  public List<String> otherErrors() {
    List<String> names = new ArrayList<>();
    long rest = errors & ~(MEDIA_OUT | RIBBON_OUT | HEAD_OPEN | PAUSED);
    for (int bit = 0; bit < 64; bit++) {
      if ((rest & (1L << bit)) != 0) {
        String name = bit < ERROR_NAMES.length ? ERROR_NAMES[bit] : null;
        names.add(name != null ? name : String.format(Locale.ROOT, "error bit 0x%X", 1L << bit));
      }
    }
    return names;
  }
}
