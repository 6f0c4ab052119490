package org.scanstation.device;

/**
 * The device drivers' unchecked exception root. Messages name the device (its id, port path or
 * address) and, where there is one, the fix: "serial port /dev/ttyACM0 is in use by another process
 * — close the other program or pick another port".
 */
public class DeviceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An error whose message names the device and the fix. */
  public DeviceException(String message) {
    super(message);
  }

  /** An error whose message names the device and the fix, with its cause. */
  public DeviceException(String message, Throwable cause) {
    super(message, cause);
  }
}
