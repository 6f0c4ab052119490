package org.scanstation.device.printer.zpl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scanstation.device.DeviceException;
import org.scanstation.device.printer.stream.WireQuery;

/**
 * The {@code ~HQOD} (odometer) reply's total print meter. The printer answers, in inches or
 * centimetres as {@code ^MA} set them:
 *
 * <pre>
 * &lt;STX&gt;&lt;CR&gt;&lt;LF&gt;&lt;CR&gt;&lt;LF&gt;  PRINT METERS&lt;CR&gt;&lt;LF&gt;
 *    TOTAL NONRESETTABLE:           8560 "&lt;CR&gt;&lt;LF&gt;
 *    USER RESETTABLE CNTR1:            9 "&lt;CR&gt;&lt;LF&gt;
 *    USER RESETTABLE CNTR2:         8560 "&lt;CR&gt;&lt;LF&gt;&lt;ETX&gt;
 * </pre>
 *
 * The total never goes back and moves only when media moves, so it rising between two readings
 * means something printed in between.
 */
final class OdometerReply {
  private static final Pattern TOTAL = Pattern.compile("TOTAL\\s+NONRESETTABLE:\\s*(\\d+)");

  private OdometerReply() {}

  /**
   * The total print meter.
   *
   * @throws DeviceException quoting the reply when it has no total
   */
  public static long total(String reply) {
    Matcher m = TOTAL.matcher(reply);
    if (!m.find()) {
      throw new DeviceException(
          "unreadable ~HQOD reply (no TOTAL NONRESETTABLE): '" + WireQuery.visible(reply) + "'");
    }
    return Long.parseLong(m.group(1));
  }
}
