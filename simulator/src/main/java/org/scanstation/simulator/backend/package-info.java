/**
 * An AfterShip-style tracking backend over HTTP, with rate limits and faults: {@link
 * org.scanstation.simulator.backend.SimulatedBackend}.
 */
package org.scanstation.simulator.backend;
