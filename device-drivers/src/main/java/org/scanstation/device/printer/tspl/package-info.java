/**
 * The TSPL/TSPL2 protocol of most cheap 4x6 printers: {@link
 * org.scanstation.device.printer.tspl.TsplDialect} tells a {@link
 * org.scanstation.device.printer.stream.StreamPrinter} where a job's labels end and asks {@code
 * <ESC>!?} (one flag byte) and {@code <ESC>!S} (four status bytes). The reply parsers are
 * package-private and pure.
 */
package org.scanstation.device.printer.tspl;
