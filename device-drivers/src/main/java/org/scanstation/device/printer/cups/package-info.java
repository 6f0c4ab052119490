/**
 * Printers behind a CUPS raw queue: {@link org.scanstation.device.printer.cups.CupsPrinter} hands
 * jobs to {@code lp} and reads the queue's state from {@code lpstat}. A spooler cannot acknowledge
 * for the printer, so its deliveries are handed, never acknowledged.
 */
package org.scanstation.device.printer.cups;
