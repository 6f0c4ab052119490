package org.scanstation.device.usb;

import java.util.Map;
import org.usb4java.LibUsb;

/**
 * libusb error codes in words, with the fix. Uses only libusb's constants (inlined at compile
 * time), so it works even when the native library cannot load.
 */
final class UsbErrors {
  private static final Map<Integer, String> NAMES =
      Map.ofEntries(
          Map.entry(LibUsb.ERROR_IO, "I/O error"),
          Map.entry(LibUsb.ERROR_INVALID_PARAM, "invalid parameter"),
          Map.entry(LibUsb.ERROR_ACCESS, "permission denied"),
          Map.entry(LibUsb.ERROR_NO_DEVICE, "no such device (unplugged)"),
          Map.entry(LibUsb.ERROR_NOT_FOUND, "not found"),
          Map.entry(LibUsb.ERROR_BUSY, "busy"),
          Map.entry(LibUsb.ERROR_TIMEOUT, "timed out"),
          Map.entry(LibUsb.ERROR_OVERFLOW, "overflow"),
          Map.entry(LibUsb.ERROR_PIPE, "pipe error (endpoint stalled)"),
          Map.entry(LibUsb.ERROR_INTERRUPTED, "interrupted"),
          Map.entry(LibUsb.ERROR_NO_MEM, "out of memory"),
          Map.entry(LibUsb.ERROR_NOT_SUPPORTED, "not supported on this OS"),
          Map.entry(LibUsb.ERROR_OTHER, "other error"));

  private UsbErrors() {}

  /** "permission denied (libusb -3)". */
  static String name(int code) {
    return NAMES.getOrDefault(code, "unknown error") + " (libusb " + code + ")";
  }

  /** What failed, why, and what to do: "cannot open USB device 05e0:1200: permission denied …". */
  static String explain(String action, int vendorId, int productId, int code) {
    String ids = String.format("%04x:%04x", vendorId, productId);
    String base = "cannot " + action + " USB device " + ids + ": " + name(code);
    return switch (code) {
      case LibUsb.ERROR_ACCESS ->
          base
              + " — let the station's user open it: station udev-rule --vid "
              + String.format("%04x --pid %04x", vendorId, productId)
              + " shows the rule and where to install it";
      case LibUsb.ERROR_BUSY ->
          base + " — another program (or another station) has claimed it; close that program";
      case LibUsb.ERROR_NO_DEVICE -> base + " — it was unplugged";
      case LibUsb.ERROR_NOT_SUPPORTED ->
          base
              + " — libusb cannot take a device from its kernel driver on this OS; use Linux,"
              + " or set the scanner to USB-serial mode and use a serial: URI";
      default -> base;
    };
  }
}
