package org.scanstation.simulator.printer;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The printer's answers to {@code ~HS} and {@code ~HQES}, in the formats of Zebra's ZPL II
 * Programming Guide. Stateless.
 *
 * <p>{@code ~HS} answers three lines, each {@code <STX>...<ETX><CR><LF>}:
 *
 * <pre>
 * aaa,b,c,dddd,eee,f,g,h,iii,j,k,l
 *   aaa  communication settings (030: 9600 baud, 8 data bits, 1 stop bit, no parity, Xon/Xoff)
 *   b    paper out (1 = out)          c    paused (1 = paused)
 *   dddd label length in dots (1218: 6 in at 203 dpi)
 *   eee  formats in the receive buffer (here: received and not yet printed, at most 999)
 *   f    receive buffer full          g    communications diagnostic mode (always 0)
 *   h    partial format in progress   iii  unused (000)
 *   j    corrupt RAM (0)              k, l under / over temperature (0)
 * mmm,n,o,p,q,r,s,t,uuuuuuuu,v,www
 *   mmm  function settings (000: die-cut media, direct thermal)   n unused (0)
 *   o    head up (1 = open)           p    ribbon out (1 = out)
 *   q    thermal transfer mode (0)    r    print mode (2: tear-off)
 *   s    print width mode (0)         t    label waiting in peel-off mode (0)
 *   uuuuuuuu labels remaining in batch (here: across every waiting format)
 *   v    format while printing (always 1)   www graphic images stored (000)
 * xxxx,y
 *   xxxx password (1234)              y    static RAM installed (0)
 * </pre>
 *
 * <p>{@code ~HQES} answers {@code <STX><CR><LF><CR><LF>}, then the lines {@code " PRINTER STATUS"},
 * {@code " ERRORS: F GGGGGGGG HHHHHHHH"} and {@code " WARNINGS: F GGGGGGGG HHHHHHHH"}, each ended
 * by {@code <CR><LF>}, then {@code <ETX>}. F is 1 when any flag is set; G and H are the high and
 * low 32 flag bits in hex. Error bits: 0x1 media out, 0x2 ribbon out, 0x4 head open (0x8 cutter
 * fault and higher bits are not simulated). Pause and a full buffer are not errors in this reply;
 * {@code ~HS} reports them. No warning is simulated.
 *
 * <p>{@code ~HQOD} answers the print meters (odometer) in inches: every printed label adds {@link
 * #LABEL_INCHES}. A station compares it before and after a job to tell whether the job printed.
 */
public final class StatusReplies {
  static final char STX = '\u0002';
  static final char ETX = '\u0003';
  private static final String CRLF = "\r\n";

  /** Inches of media one label uses: 1218 dots at 203 dpi. */
  public static final long LABEL_INCHES = 6;

  /** ~HQES error bit: media out. */
  public static final int ERROR_MEDIA_OUT = 0x1;

  /** ~HQES error bit: ribbon out. */
  public static final int ERROR_RIBBON_OUT = 0x2;

  /** ~HQES error bit: head open. */
  public static final int ERROR_HEAD_OPEN = 0x4;

  private StatusReplies() {}

  /** The three-line {@code ~HS} reply. */
  public static byte[] hostStatus(PrinterStatus s) {
    String one =
        String.format(
            Locale.ROOT,
            "030,%d,%d,1218,%03d,%d,0,%d,000,0,0,0",
            flag(s.has(PrinterFault.PAPER_OUT)),
            flag(s.has(PrinterFault.PAUSED)),
            Math.min(999, s.formatsWaiting()),
            flag(s.has(PrinterFault.BUFFER_FULL)),
            flag(s.partialFormat()));
    String two =
        String.format(
            Locale.ROOT,
            "000,0,%d,%d,0,2,0,0,%08d,1,000",
            flag(s.has(PrinterFault.HEAD_OPEN)),
            flag(s.has(PrinterFault.RIBBON_OUT)),
            Math.min(99_999_999, s.labelsRemaining()));
    String three = "1234,0";
    return ascii(line(one) + line(two) + line(three));
  }

  /** The {@code ~HQES} reply. */
  public static byte[] extendedStatus(PrinterStatus s) {
    long errors = errorBits(s);
    return ascii(
        STX
            + CRLF
            + CRLF
            + "  PRINTER STATUS"
            + CRLF
            + "   ERRORS:         "
            + flagGroups(errors)
            + CRLF
            + "   WARNINGS:       "
            + flagGroups(0)
            + CRLF
            + ETX);
  }

  /**
   * The {@code ~HQOD} reply: the print meters in inches, {@code TOTAL NONRESETTABLE} first, as the
   * ZPL guide shows them. The resettable counters equal the total (never reset here).
   */
  public static byte[] odometer(long inches) {
    String meter = String.format(Locale.ROOT, "%8d \"", inches);
    return ascii(
        STX
            + CRLF
            + CRLF
            + "  PRINT METERS"
            + CRLF
            + "   TOTAL NONRESETTABLE:     "
            + meter
            + CRLF
            + "   USER RESETTABLE CNTR1:   "
            + meter
            + CRLF
            + "   USER RESETTABLE CNTR2:   "
            + meter
            + CRLF
            + ETX);
  }

  /** The {@code ~HQES} error bits for a state. */
  public static long errorBits(PrinterStatus s) {
    long bits = 0;
    bits |= s.has(PrinterFault.PAPER_OUT) ? ERROR_MEDIA_OUT : 0;
    bits |= s.has(PrinterFault.RIBBON_OUT) ? ERROR_RIBBON_OUT : 0;
    bits |= s.has(PrinterFault.HEAD_OPEN) ? ERROR_HEAD_OPEN : 0;
    return bits;
  }

  private static String flagGroups(long bits) {
    return String.format(
        Locale.ROOT, "%d %08X %08X", bits == 0 ? 0 : 1, bits >>> 32, bits & 0xFFFF_FFFFL);
  }

  private static String line(String body) {
    return STX + body + ETX + CRLF;
  }

  private static int flag(boolean b) {
    return b ? 1 : 0;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
