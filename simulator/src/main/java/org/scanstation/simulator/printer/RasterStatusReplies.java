package org.scanstation.simulator.printer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The TSPL and EPL2 printers' status answers. Stateless.
 *
 * <p>TSPL {@code <ESC>!?}: one byte of flags, TSC's layout: 0x01 head opened, 0x02 paper jam, 0x04
 * out of paper, 0x08 out of ribbon, 0x10 pause, 0x20 printing, 0x40 cover opened. Paper jam and
 * cover opened are never set here; printing is set while labels wait and nothing halts them.
 *
 * <p>TSPL {@code <ESC>!S}: {@code <STX>} four status bytes {@code <ETX><CR><LF>}, each {@code @}
 * (0x40) plus flags. Byte 1, message: {@code @} normal, {@code `} pause, {@code E} printer error,
 * {@code P} printing batch. Byte 2, warning: {@code @}, or {@code H} receive buffer full. Byte 3,
 * error: always {@code @} (no overheat simulated). Byte 4, error: 0x01 paper empty, 0x04 ribbon
 * empty, 0x20 print head open.
 *
 * <p>EPL2 {@code ^ee}: {@code 00<CR><LF>} when nothing is wrong, else the error codes in ascending
 * order, comma-separated: {@code 07} paper or ribbon empty, {@code 11} print head up (open), {@code
 * 12} pause.
 */
final class RasterStatusReplies {
  static final int HEAD_OPENED = 0x01;
  static final int OUT_OF_PAPER = 0x04;
  static final int OUT_OF_RIBBON = 0x08;
  static final int PAUSE = 0x10;
  static final int PRINTING = 0x20;

  private RasterStatusReplies() {}

  /** The {@code <ESC>!?} byte. */
  static byte[] tsplFlags(PrinterStatus s) {
    int f = 0;
    f |= s.has(PrinterFault.HEAD_OPEN) ? HEAD_OPENED : 0;
    f |= s.has(PrinterFault.PAPER_OUT) ? OUT_OF_PAPER : 0;
    f |= s.has(PrinterFault.RIBBON_OUT) ? OUT_OF_RIBBON : 0;
    f |= s.has(PrinterFault.PAUSED) ? PAUSE : 0;
    f |= printing(s) ? PRINTING : 0;
    return new byte[] {(byte) f};
  }

  /** The {@code <ESC>!S} reply. */
  static byte[] tsplStatus(PrinterStatus s) {
    int errors = 0;
    errors |= s.has(PrinterFault.PAPER_OUT) ? 0x01 : 0;
    errors |= s.has(PrinterFault.RIBBON_OUT) ? 0x04 : 0;
    errors |= s.has(PrinterFault.HEAD_OPEN) ? 0x20 : 0;
    char message = errors != 0 ? 'E' : s.has(PrinterFault.PAUSED) ? '`' : printing(s) ? 'P' : '@';
    char warning = s.has(PrinterFault.BUFFER_FULL) ? 'H' : '@';
    String reply =
        ""
            + StatusReplies.STX
            + message
            + warning
            + '@'
            + (char) (0x40 | errors)
            + StatusReplies.ETX;
    return (reply + "\r\n").getBytes(StandardCharsets.US_ASCII);
  }

  /** The {@code ^ee} reply. */
  static byte[] eplErrors(PrinterStatus s) {
    List<String> codes = new ArrayList<>();
    if (s.has(PrinterFault.PAPER_OUT) || s.has(PrinterFault.RIBBON_OUT)) {
      codes.add("07");
    }
    if (s.has(PrinterFault.HEAD_OPEN)) {
      codes.add("11");
    }
    if (s.has(PrinterFault.PAUSED)) {
      codes.add("12");
    }
    String body = codes.isEmpty() ? "00" : String.join(",", codes);
    return (body + "\r\n").getBytes(StandardCharsets.US_ASCII);
  }

  private static boolean printing(PrinterStatus s) {
    return s.labelsRemaining() > 0 && !s.halted();
  }
}
