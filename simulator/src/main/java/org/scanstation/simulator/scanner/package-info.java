/**
 * A serial barcode scanner on a pty or behind a TCP serial server: {@link
 * org.scanstation.simulator.scanner.SimulatedScanner}.
 */
package org.scanstation.simulator.scanner;
