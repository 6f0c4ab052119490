package org.scanstation.device.serial;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.scanstation.device.DeviceException;

/**
 * Line settings of a serial port. Defaults suit most barcode scanners and Zebra printers: 9600
 * baud, 8 data bits, no parity, 1 stop bit, no flow control.
 *
 * @param baud bits per second
 * @param dataBits 5-8
 * @param parity parity
 * @param stopBits stop bits
 * @param flowControl flow control
 * @param readTimeout how long one read blocks before it times out
 */
public record SerialSettings(
    int baud,
    int dataBits,
    Parity parity,
    StopBits stopBits,
    FlowControl flowControl,
    Duration readTimeout) {

  /** Parity. */
  public enum Parity {
    NONE,
    ODD,
    EVEN,
    MARK,
    SPACE
  }

  /** Stop bits. */
  public enum StopBits {
    ONE,
    ONE_POINT_FIVE,
    TWO
  }

  /** Flow control. */
  public enum FlowControl {
    NONE,
    RTS_CTS,
    XON_XOFF
  }

  /** 9600 8N1, no flow control, reads time out after 100 ms. */
  public static final SerialSettings DEFAULT =
      new SerialSettings(
          9600, 8, Parity.NONE, StopBits.ONE, FlowControl.NONE, Duration.ofMillis(100));

  /** Checks ranges. */
  public SerialSettings {
    Objects.requireNonNull(parity, "parity");
    Objects.requireNonNull(stopBits, "stopBits");
    Objects.requireNonNull(flowControl, "flowControl");
    Objects.requireNonNull(readTimeout, "readTimeout");
    if (baud < 50 || baud > 4_000_000) {
      throw new DeviceException("baud " + baud + " is out of range (50-4000000)");
    }
    if (dataBits < 5 || dataBits > 8) {
      throw new DeviceException("data bits " + dataBits + " is out of range (5-8)");
    }
    if (readTimeout.isNegative() || readTimeout.isZero()) {
      throw new DeviceException("read timeout must be positive, got " + readTimeout);
    }
  }

  /** The URI query parameters {@link #fromQuery} reads. */
  public static final Set<String> QUERY_KEYS =
      Set.of("baud", "databits", "parity", "stopbits", "flow");

  /**
   * Settings from URI query parameters ({@code baud}, {@code databits}, {@code parity}, {@code
   * stopbits}, {@code flow}); absent keys keep their defaults, other keys are ignored (they belong
   * to the device using the port).
   *
   * @throws DeviceException naming the parameter when a value is not understood
   */
  public static SerialSettings fromQuery(Map<String, String> query) {
    SerialSettings d = DEFAULT;
    return new SerialSettings(
        intParam(query, "baud", d.baud()),
        intParam(query, "databits", d.dataBits()),
        enumParam(query, "parity", Parity.class, d.parity()),
        enumParam(query, "stopbits", StopBits.class, d.stopBits()),
        enumParam(query, "flow", FlowControl.class, d.flowControl()),
        d.readTimeout());
  }

  /** The same settings with another read timeout. */
  public SerialSettings withReadTimeout(Duration timeout) {
    return new SerialSettings(baud, dataBits, parity, stopBits, flowControl, timeout);
  }

  private static int intParam(Map<String, String> q, String key, int fallback) {
    String v = q.get(key);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new DeviceException(key + "=" + v + " is not a number");
    }
  }

  private static <E extends Enum<E>> E enumParam(
      Map<String, String> q, String key, Class<E> type, E fallback) {
    String v = q.get(key);
    if (v == null) {
      return fallback;
    }
    String name = v.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
    if (name.equals("1")) {
      name = "ONE";
    } else if (name.equals("2")) {
      name = "TWO";
    } else if (name.equals("1_5")) {
      name = "ONE_POINT_FIVE";
    }
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new DeviceException(
          key + "=" + v + " is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }
}
