package org.scanstation.device.printer.zpl;

import java.util.List;
import org.scanstation.device.DeviceException;
import org.scanstation.device.printer.stream.WireQuery;

/**
 * A parsed {@code ~HS} (host status) reply: three strings, each {@code <STX>...<ETX><CR><LF>}, as
 * Zebra's ZPL II Programming Guide gives them:
 *
 * <pre>
 * aaa,b,c,dddd,eee,f,g,h,iii,j,k,l    b paper out, c paused, eee formats in buffer, f buffer full,
 *                                     h partial format, j corrupt RAM, k/l under/over temperature
 * mmm,n,o,p,q,r,s,t,uuuuuuuu,v,www    o head up, p ribbon out, r print mode, t label waiting,
 *                                     uuuuuuuu labels remaining
 * xxxx,y                              password, static RAM
 * </pre>
 *
 * @param paperOut b
 * @param paused c
 * @param formatsInBuffer eee
 * @param bufferFull f
 * @param partialFormat h
 * @param overTemperature l
 * @param headUp o
 * @param ribbonOut p
 * @param labelWaiting t (peel-off mode: a label waits to be taken)
 * @param labelsRemaining uuuuuuuu
 */
record HostStatusReply(
    boolean paperOut,
    boolean paused,
    int formatsInBuffer,
    boolean bufferFull,
    boolean partialFormat,
    boolean overTemperature,
    boolean headUp,
    boolean ribbonOut,
    boolean labelWaiting,
    int labelsRemaining) {

  /**
   * Parses a reply; bytes before the first STX and after the last frame are ignored.
   *
   * @throws DeviceException quoting the reply when it is not a {@code ~HS} reply
   */
  public static HostStatusReply parse(String reply) {
    List<String> frames = ReplyFrames.frames(reply);
    if (frames.size() < 2) {
      throw unreadable(reply, "expected three <STX>...<ETX> strings");
    }
    String[] one = frames.get(0).split(",", -1);
    String[] two = frames.get(1).split(",", -1);
    if (one.length < 12 || two.length < 11) {
      throw unreadable(reply, "expected 12 and 11 comma-separated fields");
    }
    try {
      return new HostStatusReply(
          flag(one[1]),
          flag(one[2]),
          number(one[4]),
          flag(one[5]),
          flag(one[7]),
          flag(one[11]),
          flag(two[2]),
          flag(two[3]),
          flag(two[7]),
          number(two[8]));
    } catch (NumberFormatException e) {
      throw unreadable(reply, "a field is not a number");
    }
  }

  private static boolean flag(String field) {
    String f = field.strip();
    if (!f.equals("0") && !f.equals("1")) {
      throw new NumberFormatException(f);
    }
    return f.equals("1");
  }

  private static int number(String field) {
    return Integer.parseInt(field.strip());
  }

  private static DeviceException unreadable(String reply, String why) {
    return new DeviceException(
        "unreadable ~HS reply (" + why + "): '" + WireQuery.visible(reply) + "'");
  }
}
