package org.scanstation.device.usb;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.scanstation.device.DeviceException;
import org.scanstation.device.hid.BootKeyboardDecoder;
import org.scanstation.device.hid.HidApplication;
import org.scanstation.device.hid.HidPosDecoder;
import org.scanstation.device.hid.HidReportDecoder;
import org.scanstation.device.scanner.ScannerSession;
import org.scanstation.device.scanner.SessionOpener;
import org.usb4java.DeviceHandle;
import org.usb4java.LibUsb;

/**
 * Opens a USB HID scanner by vendor:product id: finds its HID interfaces (or the one asked for),
 * takes the first that is a HID POS scanner or a keyboard (or has the usage page asked for) from
 * its kernel driver, and reads it with the matching decoder. Everything that can go wrong (no USB,
 * not plugged in, no permission, claimed elsewhere) becomes a {@link DeviceException} that says
 * what to do. Thread-safe (immutable).
 */
public final class UsbHidOpener implements SessionOpener {
  private final int vendorId;
  private final int productId;
  private final OptionalInt interfaceNumber;
  private final OptionalInt usagePage;
  private final int maxFrameBytes;
  private final Clock clock;

  /**
   * @param interfaceNumber only this interface, when a scanner exposes several
   * @param usagePage only an interface with this usage page (0x8C HID POS, 0x01 keyboard)
   * @param maxFrameBytes the longest barcode kept
   */
  public UsbHidOpener(
      int vendorId,
      int productId,
      OptionalInt interfaceNumber,
      OptionalInt usagePage,
      int maxFrameBytes,
      Clock clock) {
    this.vendorId = vendorId;
    this.productId = productId;
    this.interfaceNumber = Objects.requireNonNull(interfaceNumber, "interfaceNumber");
    this.usagePage = Objects.requireNonNull(usagePage, "usagePage");
    this.maxFrameBytes = maxFrameBytes;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public ScannerSession open() {
    DeviceHandle handle = UsbBus.shared().open(vendorId, productId);
    try {
      return claimScanner(handle);
    } catch (RuntimeException e) {
      LibUsb.close(handle);
      throw e;
    }
  }

  private ScannerSession claimScanner(DeviceHandle handle) {
    List<HidInterface> candidates =
        HidInterfaces.list(handle, vendorId, productId).stream()
            .filter(i -> interfaceNumber.isEmpty() || i.number() == interfaceNumber.getAsInt())
            .toList();
    List<HidApplication> seen = new ArrayList<>();
    for (HidInterface iface : candidates) {
      boolean detached = HidInterfaces.claim(handle, iface.number(), vendorId, productId);
      OptionalInt page = HidInterfaces.identify(handle, iface, seen);
      if (page.isPresent() && (usagePage.isEmpty() || usagePage.getAsInt() == page.getAsInt())) {
        return session(handle, iface, page.getAsInt(), detached);
      }
      HidInterfaces.release(handle, iface.number(), detached, true);
    }
    throw new DeviceException(noScannerInterface(candidates, seen));
  }

  private ScannerSession session(
      DeviceHandle handle, HidInterface iface, int page, boolean detached) {
    HidReportDecoder decoder;
    if (page == HidApplication.BARCODE_SCANNER_PAGE) {
      decoder = new HidPosDecoder(maxFrameBytes);
    } else {
      if (iface.isBootKeyboard()) {
        HidInterfaces.useBootProtocol(handle, iface);
      }
      decoder = new BootKeyboardDecoder(maxFrameBytes);
    }
    String description =
        String.format(
            "USB device %04x:%04x interface %d (%s)",
            vendorId, productId, iface.number(), decoder.describe());
    return new UsbHidSession(description, handle, iface, detached, decoder, clock);
  }

  private String noScannerInterface(List<HidInterface> candidates, List<HidApplication> seen) {
    String ids = String.format("%04x:%04x", vendorId, productId);
    if (candidates.isEmpty()) {
      return "USB device "
          + ids
          + " has no HID interface"
          + interfaceNumber.stream().mapToObj(n -> " numbered " + n).findFirst().orElse("")
          + " — is the scanner in USB-serial (CDC) mode? Then use a serial: URI";
    }
    return "USB device "
        + ids
        + " has no HID interface that is a HID POS scanner or a keyboard"
        + usagePage.stream()
            .mapToObj(p -> String.format(" with usage page 0x%02X", p))
            .findFirst()
            .orElse("")
        + " (found: "
        + seen
        + ") — set the scanner to USB keyboard or HID POS mode";
  }
}
