/** Pseudo-terminals made by socat, for the serial scanner and the serial printer. */
package org.scanstation.simulator.pty;
