package org.scanstation.device.usb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scanstation.device.DeviceException;
import org.usb4java.Context;
import org.usb4java.Device;
import org.usb4java.DeviceDescriptor;
import org.usb4java.DeviceHandle;
import org.usb4java.DeviceList;
import org.usb4java.LibUsb;

/**
 * The machine's USB bus through usb4java's libusb (one shared libusb context per process). When the
 * native library cannot load (a platform usb4java does not bundle), USB is disabled and every use
 * says why, while serial and TCP scanners keep working.
 *
 * <p>Thread-safe: libusb's synchronous calls may run on any thread.
 */
public final class UsbBus {
  private static final Path LINUX_USB_FS = Path.of("/dev/bus/usb");
  private static final Object LOCK = new Object();
  private static UsbBus shared;
  private static String disabledReason;

  private final Context context;

  private UsbBus(Context context) {
    this.context = context;
  }

  /**
   * The process's USB bus, started on first use.
   *
   * @throws DeviceException saying why USB is disabled (native library, libusb start-up) and what
   *     to use instead
   */
  public static UsbBus shared() {
    synchronized (LOCK) {
      if (shared == null && disabledReason == null) {
        start();
      }
      if (shared == null) {
        throw new DeviceException(disabledReason);
      }
      return shared;
    }
  }

  private static void start() {
    try {
      Context context = new Context();
      int r = LibUsb.init(context);
      if (r < 0) {
        disabledReason = "USB is disabled: libusb did not start: " + UsbErrors.name(r);
      } else {
        shared = new UsbBus(context);
      }
    } catch (LinkageError e) {
      // ExceptionInInitializerError first, NoClassDefFoundError after: both mean no natives.
      Throwable root = e.getCause() != null ? e.getCause() : e;
      disabledReason =
          "USB is disabled: usb4java's native libusb did not load on "
              + System.getProperty("os.name")
              + "/"
              + System.getProperty("os.arch")
              + " ("
              + root.getMessage()
              + "). usb4java 1.3.0 bundles it for Linux x86, x86-64, ARM and AArch64, Windows and"
              + " macOS x86-64; elsewhere connect scanners as serial: or tcp:";
    }
  }

  /** The libusb context, for the other drivers of this package (the USB printer transport). */
  Context context() {
    return context;
  }

  /**
   * Every device on the bus, with its strings where they can be read. Blocks briefly (opens each
   * device to read its strings).
   *
   * @throws DeviceException when libusb cannot list devices
   */
  public List<UsbDeviceInfo> devices() {
    DeviceList list = new DeviceList();
    int n = LibUsb.getDeviceList(context, list);
    if (n < 0) {
      throw new DeviceException("cannot list USB devices: " + UsbErrors.name(n));
    }
    try {
      List<UsbDeviceInfo> found = new ArrayList<>();
      for (Device device : list) {
        DeviceDescriptor d = new DeviceDescriptor();
        if (LibUsb.getDeviceDescriptor(device, d) == LibUsb.SUCCESS) {
          found.add(describe(device, d));
        }
      }
      return found;
    } finally {
      LibUsb.freeDeviceList(list, true);
    }
  }

  /**
   * Why no device may be visible, for messages: on Linux without {@code /dev/bus/usb} there is no
   * USB bus at all (typical of containers); otherwise nothing is plugged in.
   */
  public static String whyNoDevices() {
    if (System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")
        && !Files.isDirectory(LINUX_USB_FS)) {
      return LINUX_USB_FS
          + " does not exist: this machine (or container) has no USB bus — plug the device into"
          + " a machine with USB, or pass the bus into the container (--device "
          + LINUX_USB_FS
          + ")";
    }
    return "nothing is plugged in, or the device is not powered — check the cable and lsusb";
  }

  /**
   * Opens the first device with these ids.
   *
   * @throws DeviceException naming the device: not connected, or not permitted (with the udev fix)
   */
  DeviceHandle open(int vendorId, int productId) {
    DeviceList list = new DeviceList();
    int n = LibUsb.getDeviceList(context, list);
    if (n < 0) {
      throw new DeviceException("cannot list USB devices: " + UsbErrors.name(n));
    }
    try {
      for (Device device : list) {
        DeviceDescriptor d = new DeviceDescriptor();
        if (LibUsb.getDeviceDescriptor(device, d) == LibUsb.SUCCESS
            && (d.idVendor() & 0xFFFF) == vendorId
            && (d.idProduct() & 0xFFFF) == productId) {
          DeviceHandle handle = new DeviceHandle();
          int r = LibUsb.open(device, handle);
          if (r < 0) {
            throw new DeviceException(UsbErrors.explain("open", vendorId, productId, r));
          }
          return handle;
        }
      }
    } finally {
      LibUsb.freeDeviceList(list, true);
    }
    throw new DeviceException(notConnected(vendorId, productId, n));
  }

  private static String notConnected(int vendorId, int productId, int devicesSeen) {
    String ids = String.format("%04x:%04x", vendorId, productId);
    if (devicesSeen == 0) {
      return "USB device "
          + ids
          + " is not connected: libusb sees no USB devices at all; "
          + whyNoDevices();
    }
    return "USB device "
        + ids
        + " is not connected ("
        + devicesSeen
        + " other USB devices are) — plug it in; `station devices` lists what is there";
  }

  private static UsbDeviceInfo describe(Device device, DeviceDescriptor d) {
    int vid = d.idVendor() & 0xFFFF;
    int pid = d.idProduct() & 0xFFFF;
    int bus = LibUsb.getBusNumber(device);
    int address = LibUsb.getDeviceAddress(device);
    DeviceHandle handle = new DeviceHandle();
    int r = LibUsb.open(device, handle);
    if (r < 0) {
      String note = "strings unreadable: " + UsbErrors.explain("open", vid, pid, r);
      return new UsbDeviceInfo(vid, pid, bus, address, "", "", note);
    }
    try {
      return new UsbDeviceInfo(
          vid, pid, bus, address, text(handle, d.iManufacturer()), text(handle, d.iProduct()), "");
    } finally {
      LibUsb.close(handle);
    }
  }

  private static String text(DeviceHandle handle, byte index) {
    if (index == 0) {
      return "";
    }
    StringBuffer s = new StringBuffer();
    return LibUsb.getStringDescriptorAscii(handle, index, s) < 0 ? "" : s.toString().strip();
  }
}
