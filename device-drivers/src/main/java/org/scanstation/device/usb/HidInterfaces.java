package org.scanstation.device.usb;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.scanstation.device.DeviceException;
import org.scanstation.device.hid.HidApplication;
import org.scanstation.device.hid.HidReportDescriptor;
import org.usb4java.BufferUtils;
import org.usb4java.ConfigDescriptor;
import org.usb4java.DeviceHandle;
import org.usb4java.EndpointDescriptor;
import org.usb4java.Interface;
import org.usb4java.InterfaceDescriptor;
import org.usb4java.LibUsb;

/**
 * Finds a device's HID interfaces, takes one from its kernel driver and tells what it is (keyboard
 * or HID POS) from its report descriptor. Runs on the scanner's thread.
 */
final class HidInterfaces {
  private static final byte GET_DESCRIPTOR_FROM_INTERFACE = (byte) 0x81;
  private static final byte SET_PROTOCOL_TO_INTERFACE = (byte) 0x21;
  private static final byte SET_PROTOCOL = 0x0B;
  private static final long CONTROL_TIMEOUT_MILLIS = 1000;

  private HidInterfaces() {}

  /** HID interfaces of the active configuration (first alternate setting) with an interrupt IN. */
  static List<HidInterface> list(DeviceHandle handle, int vid, int pid) {
    ConfigDescriptor config = new ConfigDescriptor();
    int r = LibUsb.getActiveConfigDescriptor(LibUsb.getDevice(handle), config);
    if (r < 0) {
      throw new DeviceException(UsbErrors.explain("read the configuration of", vid, pid, r));
    }
    try {
      List<HidInterface> found = new ArrayList<>();
      for (Interface iface : config.iface()) {
        InterfaceDescriptor d = iface.altsetting()[0];
        if (d.bInterfaceClass() == LibUsb.CLASS_HID) {
          interruptIn(d).ifPresent(found::add);
        }
      }
      return found;
    } finally {
      LibUsb.freeConfigDescriptor(config);
    }
  }

  private static Optional<HidInterface> interruptIn(InterfaceDescriptor d) {
    for (EndpointDescriptor e : d.endpoint()) {
      boolean in = (e.bEndpointAddress() & LibUsb.ENDPOINT_IN) != 0;
      boolean interrupt =
          (e.bmAttributes() & LibUsb.TRANSFER_TYPE_MASK) == LibUsb.TRANSFER_TYPE_INTERRUPT;
      if (in && interrupt) {
        return Optional.of(
            new HidInterface(
                d.bInterfaceNumber() & 0xFF,
                d.bInterfaceSubClass() & 0xFF,
                d.bInterfaceProtocol() & 0xFF,
                e.bEndpointAddress(),
                e.wMaxPacketSize() & 0xFFFF));
      }
    }
    return Optional.empty();
  }

  /**
   * Detaches the kernel driver (when one is bound) and claims the interface.
   *
   * @return whether a kernel driver was detached (and must be re-attached on release)
   */
  static boolean claim(DeviceHandle handle, int number, int vid, int pid) {
    boolean detached = false;
    if (LibUsb.kernelDriverActive(handle, number) == 1) {
      int r = LibUsb.detachKernelDriver(handle, number);
      if (r < 0) {
        throw new DeviceException(
            UsbErrors.explain(
                "take interface " + number + " from its kernel driver on", vid, pid, r));
      }
      detached = true;
    }
    int r = LibUsb.claimInterface(handle, number);
    if (r < 0) {
      release(handle, number, detached, false);
      throw new DeviceException(
          UsbErrors.explain("claim interface " + number + " of", vid, pid, r));
    }
    return detached;
  }

  /** Releases the interface and gives it back to its kernel driver; ignores a gone device. */
  static void release(DeviceHandle handle, int number, boolean reattach, boolean claimed) {
    if (claimed) {
      LibUsb.releaseInterface(handle, number);
    }
    if (reattach) {
      LibUsb.attachKernelDriver(handle, number);
    }
  }

  /** What a claimed interface is, from its report descriptor (boot keyboards also by class). */
  static OptionalInt identify(DeviceHandle handle, HidInterface iface, List<HidApplication> seen) {
    ByteBuffer buffer = BufferUtils.allocateByteBuffer(4096);
    int n =
        LibUsb.controlTransfer(
            handle,
            GET_DESCRIPTOR_FROM_INTERFACE,
            LibUsb.REQUEST_GET_DESCRIPTOR,
            (short) (LibUsb.DT_REPORT << 8),
            (short) iface.number(),
            buffer,
            CONTROL_TIMEOUT_MILLIS);
    if (n > 0) {
      byte[] descriptor = new byte[n];
      buffer.get(0, descriptor);
      for (HidApplication app : HidReportDescriptor.applications(descriptor)) {
        seen.add(app);
        if (app.isBarcodeScanner() || app.isKeyboard()) {
          return OptionalInt.of(app.usagePage());
        }
      }
    }
    return iface.isBootKeyboard()
        ? OptionalInt.of(HidApplication.GENERIC_DESKTOP_PAGE)
        : OptionalInt.empty();
  }

  /** Asks a boot keyboard for 8-byte boot reports, whatever its report descriptor says. */
  static void useBootProtocol(DeviceHandle handle, HidInterface iface) {
    LibUsb.controlTransfer(
        handle,
        SET_PROTOCOL_TO_INTERFACE,
        SET_PROTOCOL,
        (short) 0,
        (short) iface.number(),
        BufferUtils.allocateByteBuffer(0),
        CONTROL_TIMEOUT_MILLIS);
  }
}
