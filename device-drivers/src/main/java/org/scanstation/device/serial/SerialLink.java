package org.scanstation.device.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.scanstation.device.DeviceException;

/**
 * An open serial port, with socket-like streams. The one class in the project that touches
 * jSerialComm: every {@code false}/{@code -1} it reports becomes a {@link DeviceException} naming
 * the port and the OS error.
 *
 * <p>The input stream behaves like a socket's with a read timeout: {@code read} blocks up to the
 * settings' read timeout and then throws {@link java.io.InterruptedIOException}; it returns -1 once
 * the device has gone (unplugged, or the pty's other end closed), after which the link is useless
 * and must be closed. Ports are opened by path, because {@code getCommPorts()} never lists ptys or
 * some USB adapters.
 *
 * <p>One thread may read while another writes; {@link #close()} may be called from any thread.
 */
public final class SerialLink implements AutoCloseable {
  private final String path;
  private final SerialPort port;

  private SerialLink(String path, SerialPort port) {
    this.path = path;
    this.port = port;
  }

  /**
   * Opens the port at {@code path} with the given settings. Blocks only while the OS opens it.
   *
   * @throws DeviceException naming the port when it does not exist, is in use or is not permitted
   */
  public static SerialLink open(String path, SerialSettings settings) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(settings, "settings");
    if (!Files.exists(Path.of(path))) {
      throw new DeviceException(
          "serial port " + path + " does not exist — is the device plugged in and the path right?");
    }
    SerialPort port;
    try {
      port = SerialPort.getCommPort(path);
    } catch (SerialPortInvalidPortException e) {
      throw new DeviceException("serial port " + path + " cannot be used: " + e.getMessage(), e);
    }
    port.setComPortParameters(
        settings.baud(), settings.dataBits(), stopBits(settings), parity(settings));
    port.setFlowControl(flowControl(settings));
    if (!port.openPort()) {
      throw new DeviceException(openFailure(path, port.getLastErrorCode()));
    }
    int timeoutMillis = (int) Math.max(1, settings.readTimeout().toMillis());
    if (!port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, timeoutMillis, 0)) {
      port.closePort();
      throw new DeviceException(
          "serial port "
              + path
              + ": cannot set timeouts (OS error "
              + port.getLastErrorCode()
              + ")");
    }
    return new SerialLink(path, port);
  }

  /**
   * The serial ports the OS lists. Ptys and some USB adapters are never listed: those are opened by
   * path from config. Blocks briefly while the OS enumerates.
   *
   * @throws DeviceException when jSerialComm's native library cannot load on this platform
   */
  public static List<SerialPortInfo> listPorts() {
    SerialPort[] ports;
    try {
      ports = SerialPort.getCommPorts();
    } catch (LinkageError e) {
      throw new DeviceException(
          "serial ports cannot be listed: jSerialComm's native library did not load on "
              + System.getProperty("os.name")
              + "/"
              + System.getProperty("os.arch")
              + " ("
              + e
              + ")",
          e);
    }
    return Arrays.stream(ports)
        .map(
            p ->
                new SerialPortInfo(
                    p.getSystemPortPath(),
                    p.getPortDescription(),
                    usbId(p.getVendorID()),
                    usbId(p.getProductID())))
        .toList();
  }

  private static OptionalInt usbId(int id) {
    return id < 0 ? OptionalInt.empty() : OptionalInt.of(id);
  }

  private static String openFailure(String path, int errno) {
    String why =
        switch (errno) {
          case 11, 16 -> "is in use by another process — close the other program using it";
          case 13, 1 ->
              "is not permitted — add the user to the 'dialout' group or fix the udev rule";
          case 2, 6, 19 -> "does not exist — is the device plugged in?";
          default -> "cannot be opened";
        };
    return "serial port " + path + " " + why + " (OS error " + errno + ")";
  }

  /** The port's path, as given to {@link #open}. */
  public String path() {
    return path;
  }

  /** Reads with the configured timeout; -1 once the device is gone. See the class comment. */
  public InputStream input() {
    return port.getInputStream();
  }

  /** Writes block until the bytes are handed to the OS. */
  public OutputStream output() {
    return port.getOutputStream();
  }

  /** Discards whatever arrived before now (stale scans from before the station opened the port). */
  public void discardInput() {
    port.flushIOBuffers();
  }

  /** Whether the port is still open (it stays "open" after an unplug until closed). */
  public boolean isOpen() {
    return port.isOpen();
  }

  /** Closes the port; idempotent. */
  @Override
  public void close() {
    port.closePort();
  }

  private static int parity(SerialSettings s) {
    return switch (s.parity()) {
      case NONE -> SerialPort.NO_PARITY;
      case ODD -> SerialPort.ODD_PARITY;
      case EVEN -> SerialPort.EVEN_PARITY;
      case MARK -> SerialPort.MARK_PARITY;
      case SPACE -> SerialPort.SPACE_PARITY;
    };
  }

  private static int stopBits(SerialSettings s) {
    return switch (s.stopBits()) {
      case ONE -> SerialPort.ONE_STOP_BIT;
      case ONE_POINT_FIVE -> SerialPort.ONE_POINT_FIVE_STOP_BITS;
      case TWO -> SerialPort.TWO_STOP_BITS;
    };
  }

  private static int flowControl(SerialSettings s) {
    return switch (s.flowControl()) {
      case NONE -> SerialPort.FLOW_CONTROL_DISABLED;
      case RTS_CTS -> SerialPort.FLOW_CONTROL_RTS_ENABLED | SerialPort.FLOW_CONTROL_CTS_ENABLED;
      case XON_XOFF ->
          SerialPort.FLOW_CONTROL_XONXOFF_IN_ENABLED | SerialPort.FLOW_CONTROL_XONXOFF_OUT_ENABLED;
    };
  }

  @Override
  public String toString() {
    return "serial:" + path;
  }
}
