package org.scanstation.label;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads ZPL back as a printer would split it: commands, and the data of each field. */
final class Zpl {
  private static final Pattern COMMAND = Pattern.compile("([\\^~])([A-Z0-9@]{2})");

  private Zpl() {}

  /** Every command in order, as {@code ^XA}, {@code ^FO} and so on. */
  static List<String> commands(String zpl) {
    List<String> commands = new ArrayList<>();
    Matcher m = COMMAND.matcher(zpl);
    while (m.find()) {
      commands.add(m.group());
    }
    return commands;
  }

  /** The raw data of every {@code ^FD ... ^FS} field, as sent. */
  static List<String> fieldData(String zpl) {
    List<String> fields = new ArrayList<>();
    int at = 0;
    while ((at = zpl.indexOf("^FD", at)) >= 0) {
      int end = zpl.indexOf("^FS", at);
      fields.add(zpl.substring(at + 3, end));
      at = end;
    }
    return fields;
  }

  /** What a printer prints for {@code ^FH} field data: {@code _XX} hex escapes decoded. */
  static String unescapeHex(String data) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < data.length(); i++) {
      char c = data.charAt(i);
      if (c == '_') {
        bytes.write(Integer.parseInt(data.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
