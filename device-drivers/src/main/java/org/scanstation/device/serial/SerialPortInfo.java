package org.scanstation.device.serial;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A serial port the OS lists, as {@code station devices} shows it.
 *
 * @param path the path to put in a {@code serial:} URI
 * @param description what the OS or driver calls it
 * @param vendorId USB vendor id of a USB-serial port, if known
 * @param productId USB product id of a USB-serial port, if known
 */
public record SerialPortInfo(
    String path, String description, OptionalInt vendorId, OptionalInt productId) {

  /** Requires every field. */
  public SerialPortInfo {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(vendorId, "vendorId");
    Objects.requireNonNull(productId, "productId");
  }
}
