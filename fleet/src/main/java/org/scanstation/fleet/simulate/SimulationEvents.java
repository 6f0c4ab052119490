package org.scanstation.fleet.simulate;

/**
 * When the staged failures happened, in seconds since the first scan; -1 when not staged.
 *
 * @param dispatcherKilled one dispatcher halted without a goodbye
 * @param brokerStopping the broker's shutdown began (from here it answers no more)
 * @param brokerStopped its shutdown ended; the outage is counted from here
 * @param brokerStarted the broker answering again, on the same data
 * @param scansDone the last station's last scan
 */
public record SimulationEvents(
    double dispatcherKilled,
    double brokerStopping,
    double brokerStopped,
    double brokerStarted,
    double scansDone) {}
