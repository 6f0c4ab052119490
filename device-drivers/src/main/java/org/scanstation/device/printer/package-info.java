/**
 * The label printer port and its values: {@link org.scanstation.device.printer.LabelPrinter}
 * (status and send, the same for every kind of printer), {@link
 * org.scanstation.device.printer.PrinterStatus} with its {@link
 * org.scanstation.device.printer.PrinterState}, the {@link org.scanstation.device.printer.Delivery}
 * a send ends in, and the {@link org.scanstation.device.printer.PrinterOptions} every driver obeys.
 * Everything else points inward at this package: {@code stream} (with the {@code zpl}, {@code tspl}
 * and {@code epl} dialects) and {@code cups} implement the port, {@code link} carries bytes for
 * {@code stream}, {@code queue} drives any port exactly once, and {@code connect} turns a printer
 * URI into a port. This package depends on none of them.
 */
package org.scanstation.device.printer;
