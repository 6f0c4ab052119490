package org.scanstation.simulator.printer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads what the simulator keeps from a format: its barcode fields ({@code ^BC} Code 128, {@code
 * ^BX} DataMatrix, with {@code ^FH} hex escapes) and its label quantity ({@code ^PQ}). A field runs
 * to {@code ^FS}; {@code ^FH} and the barcode command apply to the field they are in. Stateless.
 */
final class ZplFields {
  private ZplFields() {}

  static JobContents read(byte[] zpl) {
    String s = new String(zpl, StandardCharsets.ISO_8859_1);
    Reader r = new Reader();
    for (int at = s.indexOf('^'); at >= 0 && at + 3 <= s.length(); ) {
      int next = s.indexOf('^', at + 1);
      r.command(
          s.substring(at + 1, at + 3).toUpperCase(Locale.ROOT),
          s.substring(at + 3, next < 0 ? s.length() : next));
      at = next;
    }
    return new JobContents(List.copyOf(r.barcodes), r.labels);
  }

  /** The state of one pass over a format: the field being read and what was found. */
  private static final class Reader {
    final List<Barcode> barcodes = new ArrayList<>();
    int labels = 1;
    String symbology;
    String[] params = new String[0];
    Character hex;

    void command(String cmd, String arg) {
      switch (cmd) {
        case "FH" -> hex = arg.isEmpty() ? '_' : arg.charAt(0);
        case "BC", "BX" -> {
          symbology = cmd;
          params = arg.split(",", -1);
        }
        case "FD", "FV" -> {
          if (symbology != null) {
            barcodes.add(barcode(symbology, params, hex, arg));
          }
        }
        case "FS" -> {
          symbology = null;
          hex = null;
        }
        case "PQ" -> labels = quantity(arg);
        default -> {
          // layout commands: nothing to keep
        }
      }
    }
  }

  private static Barcode barcode(String symbology, String[] params, Character hex, String fd) {
    String text = hex == null ? fd : FieldHex.decode(fd, hex);
    return symbology.equals("BC")
        ? Code128Text.decode(text, param(params, 5), fd)
        : DataMatrixText.decode(text, param(params, 2), param(params, 6), fd);
  }

  private static String param(String[] params, int index) {
    return index < params.length ? params[index].strip() : "";
  }

  private static int quantity(String arg) {
    String q = arg.split(",", -1)[0].strip();
    try {
      return q.isEmpty() ? 1 : Math.max(1, Integer.parseInt(q));
    } catch (NumberFormatException e) {
      return 1; // a printer ignores a bad parameter and keeps the default
    }
  }
}
