/**
 * USB through usb4java (libusb): the only package that touches it. The bus and its devices, HID
 * scanner sessions, libusb errors in words, udev rules.
 */
package org.scanstation.device.usb;
