package org.scanstation.device.usb;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.scanstation.device.DeviceException;
import org.usb4java.ConfigDescriptor;
import org.usb4java.Context;
import org.usb4java.Device;
import org.usb4java.DeviceDescriptor;
import org.usb4java.DeviceHandle;
import org.usb4java.DeviceList;
import org.usb4java.EndpointDescriptor;
import org.usb4java.InterfaceDescriptor;
import org.usb4java.LibUsb;

/**
 * A USB printer-class printer (interface class 7) through the shared libusb context of {@link
 * UsbBus}: jobs go out on the bulk OUT endpoint; status replies ({@code ~HS}) come back on bulk IN
 * where the printer has one (Zebras do), else its GET_PORT_STATUS signals are all it can say.
 * Without USB (no natives, no {@code /dev/bus/usb} in a container) {@link #open()} fails with the
 * reason and the way out.
 *
 * <p>Immutable; every {@link #open()} finds the device again, so a replugged printer is found. The
 * printer drivers reach it through their USB link; this package knows nothing of printers beyond
 * the USB printer class.
 *
 * @see UsbPrinterWire
 */
public final class UsbPrinterTransport {
  private final int vendorId;
  private final int productId;
  private final Duration timeout;

  /**
   * The printer with these ids, or the first printer-class device when both are -1.
   *
   * @param timeout how long one bulk transfer may take
   */
  public UsbPrinterTransport(int vendorId, int productId, Duration timeout) {
    this.vendorId = vendorId;
    this.productId = productId;
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  /** Where, for messages: "USB 0a5f:0164". Never blocks. */
  public String address() {
    return vendorId < 0 ? "USB (first printer found)" : "USB " + ids(vendorId, productId);
  }

  /**
   * Finds the printer and claims its printer interface. Blocks briefly (device enumeration).
   *
   * @throws IOException saying what failed and the fix (permissions, busy, unplugged, no USB)
   */
  public UsbPrinterWire open() throws IOException {
    Context ctx = libusb();
    DeviceList list = new DeviceList();
    int n = LibUsb.getDeviceList(ctx, list);
    if (n < 0) {
      throw new IOException("cannot list USB devices: " + UsbErrors.name(n));
    }
    try {
      for (Device device : list) {
        DeviceDescriptor d = new DeviceDescriptor();
        if (LibUsb.getDeviceDescriptor(device, d) == LibUsb.SUCCESS && wanted(d)) {
          UsbPrinterWire wire = openPrinterInterface(device, d);
          if (wire != null) {
            return wire;
          }
        }
      }
    } finally {
      LibUsb.freeDeviceList(list, true);
    }
    throw new IOException(
        "no USB printer "
            + (vendorId < 0 ? "" : ids(vendorId, productId) + " ")
            + "found: "
            + UsbBus.whyNoDevices());
  }

  private boolean wanted(DeviceDescriptor d) {
    return vendorId < 0
        || ((d.idVendor() & 0xFFFF) == vendorId && (d.idProduct() & 0xFFFF) == productId);
  }

  /** Opens the device's printer interface, or null when it has none. */
  private UsbPrinterWire openPrinterInterface(Device device, DeviceDescriptor d)
      throws IOException {
    ConfigDescriptor config = new ConfigDescriptor();
    if (LibUsb.getActiveConfigDescriptor(device, config) != LibUsb.SUCCESS) {
      return null;
    }
    try {
      for (org.usb4java.Interface iface : config.iface()) {
        for (InterfaceDescriptor alt : iface.altsetting()) {
          if (alt.bInterfaceClass() == LibUsb.CLASS_PRINTER) {
            return claim(device, d, alt);
          }
        }
      }
      return null;
    } finally {
      LibUsb.freeConfigDescriptor(config);
    }
  }

  private UsbPrinterWire claim(Device device, DeviceDescriptor d, InterfaceDescriptor alt)
      throws IOException {
    byte out = 0;
    byte in = 0;
    for (EndpointDescriptor ep : alt.endpoint()) {
      if ((ep.bmAttributes() & LibUsb.TRANSFER_TYPE_MASK) == LibUsb.TRANSFER_TYPE_BULK) {
        if ((ep.bEndpointAddress() & LibUsb.ENDPOINT_DIR_MASK) == LibUsb.ENDPOINT_IN) {
          in = ep.bEndpointAddress();
        } else {
          out = ep.bEndpointAddress();
        }
      }
    }
    String ids = ids(d.idVendor() & 0xFFFF, d.idProduct() & 0xFFFF);
    if (out == 0) {
      throw new IOException(
          "USB printer " + ids + " has no bulk OUT endpoint; it cannot take jobs");
    }
    DeviceHandle handle = new DeviceHandle();
    check(LibUsb.open(device, handle), "open", d);
    int number = alt.bInterfaceNumber() & 0xFF;
    // The kernel's usblp driver holds printer interfaces; libusb gives it back on release.
    LibUsb.setAutoDetachKernelDriver(handle, true);
    int r = LibUsb.claimInterface(handle, number);
    if (r != LibUsb.SUCCESS) {
      LibUsb.close(handle);
      check(r, "claim the printer interface of", d);
    }
    return new UsbPrinterWire(handle, number, out, in, timeout, ids);
  }

  private static void check(int result, String action, DeviceDescriptor d) throws IOException {
    if (result != LibUsb.SUCCESS) {
      throw new IOException(
          UsbErrors.explain(action, d.idVendor() & 0xFFFF, d.idProduct() & 0xFFFF, result));
    }
  }

  /** The process's shared libusb context; IOException saying why when USB cannot work. */
  private static Context libusb() throws IOException {
    try {
      return UsbBus.shared().context();
    } catch (DeviceException e) {
      throw new IOException(
          e.getMessage() + " — connect the printer by tcp://, serial: or cups:", e);
    }
  }

  private static String ids(int vendor, int product) {
    return String.format(Locale.ROOT, "%04x:%04x", vendor, product);
  }

  @Override
  public String toString() {
    return address();
  }
}
