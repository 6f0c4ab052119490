/**
 * The world outside the station over real transports: a scanner on a pty or TCP, a printer on TCP
 * 9100 that answers status queries, and a tracking backend over HTTP, each with faults on demand.
 * The station reaches it exactly as it would reach hardware: a serial path, a host:port, a URL.
 */
package org.scanstation.simulator;
