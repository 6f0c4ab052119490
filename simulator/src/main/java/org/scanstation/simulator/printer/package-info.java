/**
 * A label printer speaking ZPL, TSPL or EPL2 on TCP or a pty, with status replies and faults:
 * {@link org.scanstation.simulator.printer.SimulatedPrinter}.
 */
package org.scanstation.simulator.printer;
