/**
 * Device ports (barcode scanners, label printers), pure protocol code (framing, HID reports,
 * printer status replies) and the real adapters: jSerialComm serial, usb4java USB, raw TCP and
 * CUPS. Depends on nothing of the station's.
 */
package org.scanstation.device;
