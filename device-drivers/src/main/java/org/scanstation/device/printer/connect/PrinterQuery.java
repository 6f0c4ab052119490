package org.scanstation.device.printer.connect;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scanstation.common.Durations;
import org.scanstation.common.QueryString;
import org.scanstation.device.DeviceException;
import org.scanstation.device.printer.PrinterLanguage;
import org.scanstation.device.serial.SerialSettings;

/**
 * The parameters of a printer URI and their checks: {@code lang}, {@code darkness} and {@code
 * speed} on every kind; a serial line's settings and {@code max-busy} on {@code serial:}. Parsed
 * with the station's one query-string rule. Pure; thread-safe.
 */
final class PrinterQuery {
  private static final String LANG = "lang";
  private static final String MAX_BUSY = "max-busy";

  /** The parameters every kind of printer takes. */
  static final Set<String> ANY_KEYS = Set.of(LANG, HeadSettings.DARKNESS, HeadSettings.SPEED);

  /** The parameters a serial printer takes. */
  static final Set<String> SERIAL_KEYS = serialKeys();

  private PrinterQuery() {}

  private static Set<String> serialKeys() {
    Set<String> keys = new HashSet<>(SerialSettings.QUERY_KEYS);
    keys.addAll(ANY_KEYS);
    keys.add(MAX_BUSY);
    return Set.copyOf(keys);
  }

  /**
   * The parameters of {@code rawQuery}, every value checked.
   *
   * @throws IllegalArgumentException naming the parameter, its value and what is allowed
   */
  static Map<String, String> parse(String rawQuery, Set<String> allowed) {
    Map<String, String> query = QueryString.parse(rawQuery, allowed);
    PrinterLanguage language;
    try {
      language = language(query);
    } catch (DeviceException e) {
      throw new IllegalArgumentException("parameter '" + LANG + "': " + e.getMessage(), e);
    }
    HeadSettings.of(query, language);
    try {
      maxBusy(query);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("parameter '" + MAX_BUSY + "': " + e.getMessage(), e);
    }
    return query;
  }

  /** {@code ?lang=zpl|tspl|epl}, ZPL when not given. */
  static PrinterLanguage language(Map<String, String> query) {
    String lang = query.get(LANG);
    return lang == null ? PrinterLanguage.ZPL : PrinterLanguage.parse(lang);
  }

  /** {@code ?max-busy=30s}, if given. */
  static Optional<Duration> maxBusy(Map<String, String> query) {
    String text = query.get(MAX_BUSY);
    return text == null ? Optional.empty() : Optional.of(Durations.parsePositive(text));
  }
}
