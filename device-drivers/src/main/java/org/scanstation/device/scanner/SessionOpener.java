package org.scanstation.device.scanner;

/** Opens a {@link ScannerSession}; called again for every reconnect attempt. */
@FunctionalInterface
public interface SessionOpener {

  /**
   * Opens the device. Blocks while the OS opens it (a TCP connect waits up to its timeout).
   *
   * @throws org.scanstation.device.DeviceException naming the device and the fix when it cannot be
   *     opened now (missing, in use, not permitted)
   */
  ScannerSession open();
}
