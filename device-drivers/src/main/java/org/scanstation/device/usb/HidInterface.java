package org.scanstation.device.usb;

/**
 * A HID interface of a USB device that has an interrupt IN endpoint: somewhere reports come from.
 *
 * @param number bInterfaceNumber
 * @param subclass bInterfaceSubClass (1 = boot interface)
 * @param protocol bInterfaceProtocol (1 = keyboard, for boot interfaces)
 * @param endpoint the interrupt IN endpoint address
 * @param packetSize the endpoint's wMaxPacketSize
 */
record HidInterface(int number, int subclass, int protocol, byte endpoint, int packetSize) {

  /** A boot keyboard by its interface descriptor alone. */
  boolean isBootKeyboard() {
    return subclass == 1 && protocol == 1;
  }
}
