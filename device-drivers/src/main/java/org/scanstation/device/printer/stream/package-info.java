/**
 * The language-neutral part of printers on a byte link: {@link
 * org.scanstation.device.printer.stream.StreamPrinter} (connect, write up to the last label, ask
 * after the job, reconnect) over a {@link org.scanstation.device.printer.stream.PrinterDialect}
 * that the {@code zpl}, {@code tspl} and {@code epl} packages implement.
 */
package org.scanstation.device.printer.stream;
