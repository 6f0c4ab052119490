/**
 * {@code fleet simulate}: real stations, a real broker, real dispatchers and the simulator's
 * backend in one process, with the failures of a shift staged on them, and the report of what
 * reached the backend.
 */
package org.scanstation.fleet.simulate;
