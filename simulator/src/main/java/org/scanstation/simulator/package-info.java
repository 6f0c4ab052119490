/**
 * The world outside the station over real transports: a scanner on a pty or TCP ({@code scanner}),
 * a label printer (ZPL, TSPL or EPL2) on TCP 9100 or a pty that answers status queries ({@code
 * printer}), an AfterShip-style tracking backend over HTTP ({@code backend}), and a shift of scans
 * with their expected outcomes ({@code shift}), each with faults on demand. The station reaches it
 * exactly as it would reach hardware: a serial path, a host:port, a URL. Nothing here depends on
 * the station's own code.
 */
package org.scanstation.simulator;
