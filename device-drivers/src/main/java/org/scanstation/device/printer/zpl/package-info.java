/**
 * The ZPL protocol: {@link org.scanstation.device.printer.zpl.ZplDialect} tells a {@link
 * org.scanstation.device.printer.stream.StreamPrinter} where a job's formats end ({@code ^XZ}) and
 * asks {@code ~HS}, {@code ~HQES} and {@code ~HQOD}, turning the replies into a {@link
 * org.scanstation.device.printer.PrinterStatus}. The reply parsers are package-private and pure.
 */
package org.scanstation.device.printer.zpl;
