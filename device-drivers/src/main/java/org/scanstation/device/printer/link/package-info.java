/**
 * Byte links to a printer: {@link org.scanstation.device.printer.link.PrinterLink} opens a {@link
 * org.scanstation.device.printer.link.PrinterWire} over raw TCP, a serial line or a USB printer
 * interface (through the {@code device.usb} bus, which knows nothing of printers). Links move bytes
 * and report a one-way link's port signals; what the bytes mean is the protocol's business.
 */
package org.scanstation.device.printer.link;
