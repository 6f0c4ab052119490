package org.scanstation.device.usb;

import java.util.Objects;
import java.util.Optional;

/**
 * A USB device as {@code station devices} shows it.
 *
 * @param vendorId USB vendor id
 * @param productId USB product id
 * @param bus bus number
 * @param address device address on the bus
 * @param manufacturer manufacturer string, empty when unreadable or absent
 * @param product product string, empty when unreadable or absent
 * @param note why the strings could not be read (and the fix), else empty
 */
public record UsbDeviceInfo(
    int vendorId,
    int productId,
    int bus,
    int address,
    String manufacturer,
    String product,
    String note) {

  /** Requires the strings (empty for none). */
  public UsbDeviceInfo {
    Objects.requireNonNull(manufacturer, "manufacturer");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(note, "note");
  }

  /** "05e0:1200", as in scanner URIs and {@code lsusb}. */
  public String ids() {
    return String.format("%04x:%04x", vendorId, productId);
  }

  /** The vendor, when it is one known to make scanners or label printers. */
  public Optional<KnownVendor> knownVendor() {
    return KnownVendor.of(vendorId);
  }
}
