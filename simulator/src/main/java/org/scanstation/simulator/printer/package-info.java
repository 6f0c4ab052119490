/**
 * A Zebra-style ZPL label printer on TCP or a pty, with status replies and faults: {@link
 * org.scanstation.simulator.printer.SimulatedPrinter}.
 */
package org.scanstation.simulator.printer;
