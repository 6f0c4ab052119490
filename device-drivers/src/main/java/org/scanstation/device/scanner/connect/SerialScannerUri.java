package org.scanstation.device.scanner.connect;

import java.time.Clock;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.scanstation.device.DeviceException;
import org.scanstation.device.scanner.Framing;
import org.scanstation.device.scanner.SessionOpener;
import org.scanstation.device.scanner.stream.SerialSessionOpener;
import org.scanstation.device.serial.SerialSettings;

/**
 * A serial scanner: {@code serial:/dev/ttyACM0?baud=9600&suffix=CR}.
 *
 * @param path the port's path (given, never discovered: ptys and some adapters are not listed)
 * @param settings line settings
 * @param framing how scans are cut
 * @param flushOnOpen discard what arrived before the port was opened
 */
public record SerialScannerUri(
    String path, SerialSettings settings, Framing framing, boolean flushOnOpen)
    implements ScannerUri {
  private static final Set<String> KEYS = keys();

  /** Requires every field. */
  public SerialScannerUri {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(framing, "framing");
  }

  static SerialScannerUri parse(String uri, String rest) {
    int q = rest.indexOf('?');
    String path = q < 0 ? rest : rest.substring(0, q);
    if (path.startsWith("//")) {
      path = path.substring(2); // serial:///dev/ttyS0 and serial://COM3 say the same
    }
    if (path.isBlank()) {
      throw ScannerUri.bad(uri, "the serial port path is missing");
    }
    QueryParams params = QueryParams.parse(uri, q < 0 ? null : rest.substring(q + 1), KEYS);
    SerialSettings settings;
    try {
      settings = SerialSettings.fromQuery(params.asMap());
    } catch (DeviceException e) {
      throw ScannerUri.bad(uri, e.getMessage());
    }
    return new SerialScannerUri(path, settings, params.framing(), params.bool("flush", true));
  }

  @Override
  public SessionOpener opener(Clock clock) {
    return new SerialSessionOpener(path, settings, framing, flushOnOpen, clock);
  }

  private static Set<String> keys() {
    Set<String> keys = new HashSet<>(QueryParams.FRAMING_KEYS);
    keys.addAll(SerialSettings.QUERY_KEYS);
    return Set.copyOf(keys);
  }
}
