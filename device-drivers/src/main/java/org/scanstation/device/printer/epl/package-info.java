/**
 * The EPL2 protocol of older Zebra desktop printers (LP/TLP 2844): {@link
 * org.scanstation.device.printer.epl.EplDialect} tells a {@link
 * org.scanstation.device.printer.stream.StreamPrinter} where a job's labels end and asks {@code
 * ^ee} for the printer's error codes. The reply parser is package-private and pure.
 */
package org.scanstation.device.printer.epl;
