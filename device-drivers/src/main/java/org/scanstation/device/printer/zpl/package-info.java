/**
 * The ZPL protocol: {@link org.scanstation.device.printer.zpl.StreamPrinter}, a label printer over
 * any byte link, which writes a job up to its last {@code ^XZ} first, asks {@code ~HS}, {@code
 * ~HQES} and {@code ~HQOD} after each job and turns the replies (or a one-way link's port signals)
 * into a {@link org.scanstation.device.printer.PrinterStatus}. The reply parsers are
 * package-private and pure.
 */
package org.scanstation.device.printer.zpl;
