package org.scanstation.fleet.simulate;

import java.time.Instant;

/**
 * The fleet's counts at one moment, taken once a second while a simulation runs.
 *
 * @param at when
 * @param sent parcels the stations accepted so far
 * @param published of them acknowledged by the broker (delivered from the stations' outboxes)
 * @param delivered of them created at the backend
 * @param lag the dispatchers' group lag summed over the partitions; -1 when the broker is down
 */
record Snapshot(Instant at, long sent, long published, long delivered, long lag) {}
