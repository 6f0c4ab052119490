package org.scanstation.station.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A configured list of devices, {@code id=URI,id=URI}, e.g. {@code
 * desk-1=serial:/dev/ttyACM0?baud=9600&suffix=CR,desk-2=tcp://10.0.0.9:4001}. Ids are 1-64 letters,
 * digits, {@code . _ -}; each appears once.
 */
public final class DeviceList {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private DeviceList() {}

  /**
   * Parses the list; blank means none.
   *
   * @throws IllegalArgumentException naming the entry that is not {@code id=URI}
   */
  public static Map<String, String> parse(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    for (String entry : text.split(",")) {
      int eq = entry.indexOf('=');
      String id = eq < 0 ? "" : entry.substring(0, eq).strip();
      String uri = eq < 0 ? "" : entry.substring(eq + 1).strip();
      if (!ID.matcher(id).matches() || uri.isEmpty()) {
        throw new IllegalArgumentException(
            "'" + entry.strip() + "' is not id=URI (e.g. desk-1=tcp://10.0.0.9:4001)");
      }
      if (out.put(id, uri) != null) {
        throw new IllegalArgumentException("device id '" + id + "' appears twice");
      }
    }
    return Collections.unmodifiableMap(out);
  }
}
