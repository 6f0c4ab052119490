package org.scanstation.device.printer.zpl;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code <STX>...<ETX>} framing of Zebra status replies. Pure and stateless: it tells a reader
 * when a reply is complete and hands parsers the text between the control characters.
 */
final class ReplyFrames {
  static final char STX = '\u0002';
  static final char ETX = '\u0003';

  private ReplyFrames() {}

  /** The complete frames in {@code text}, without their STX and ETX, in order. */
  static List<String> frames(CharSequence text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == STX) {
        start = i + 1;
      } else if (c == ETX && start >= 0) {
        out.add(text.subSequence(start, i).toString());
        start = -1;
      }
    }
    return out;
  }

  /** Whether {@code text} holds at least {@code n} complete frames. */
  static boolean complete(CharSequence text, int n) {
    return frames(text).size() >= n;
  }
}
