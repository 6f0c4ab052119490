/**
 * Printer URIs ({@code tcp://}, {@code serial:}, {@code usb:}, {@code cups:}) and {@link
 * org.scanstation.device.printer.connect.Printers}, the one place that picks a driver and a link
 * for a URI. The only printer package that knows every driver; nothing in the drivers depends on
 * it.
 */
package org.scanstation.device.printer.connect;
