package org.scanstation.device.printer.stream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;
import org.scanstation.device.printer.link.PrinterWire;

/**
 * Sends one status query and collects its reply: the one way every language asks. Stateless; the
 * caller owns the wire.
 */
public final class WireQuery {
  private WireQuery() {}

  /**
   * Sends {@code command} (ISO-8859-1, one byte a char) after dropping any late input, and waits
   * until {@code done} accepts what arrived. Blocks up to {@code timeout}.
   *
   * @return the reply, one char a byte, or null when it was not complete in time
   * @throws IOException when the wire failed or the printer closed it
   */
  public static String ask(
      PrinterWire wire, String command, Predicate<CharSequence> done, Duration timeout)
      throws IOException {
    wire.discardInput();
    byte[] q = command.getBytes(StandardCharsets.ISO_8859_1);
    wire.write(q, 0, q.length);
    StringBuilder got = new StringBuilder();
    byte[] buf = new byte[1024];
    long deadline = System.nanoTime() + timeout.toNanos();
    for (long left = timeout.toNanos(); left > 0; left = deadline - System.nanoTime()) {
      int n = wire.read(buf, Duration.ofNanos(left));
      if (n < 0) {
        throw new IOException("the printer closed the connection");
      }
      got.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
      if (done.test(got)) {
        return got.toString();
      }
    }
    return null;
  }

  /**
   * The text with control characters (and bytes past ASCII) written as {@code <STX>}, {@code
   * <ESC>}, {@code <1F>}, {@code \r}: a reply fit for a message or a log line.
   */
  public static String visible(CharSequence text) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case 0x02 -> b.append("<STX>");
        case 0x03 -> b.append("<ETX>");
        case 0x1b -> b.append("<ESC>");
        case '\r' -> b.append("\\r");
        case '\n' -> b.append("\\n");
        default ->
            b.append(c < 0x20 || c > 0x7e ? String.format("<%02X>", (int) c) : String.valueOf(c));
      }
    }
    return b.toString();
  }
}
