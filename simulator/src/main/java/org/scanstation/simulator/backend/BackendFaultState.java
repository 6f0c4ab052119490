package org.scanstation.simulator.backend;

import java.time.Duration;
import java.util.List;

/**
 * The backend's faults at one moment.
 *
 * @param failRate share of requests answered with a 5xx instead of being done (0..1)
 * @param failStatuses the statuses drawn from
 * @param latency added before every answer
 * @param refusingConnections whether the port is closed
 * @param createsToDrop successful creates still to be dropped unanswered ({@link
 *     Integer#MAX_VALUE}: every one)
 * @param throttlePerSecond requests a second a gateway lets through before answering 429 with no
 *     rate-limit headers (0: no throttle)
 */
public record BackendFaultState(
    double failRate,
    List<Integer> failStatuses,
    Duration latency,
    boolean refusingConnections,
    int createsToDrop,
    int throttlePerSecond) {}
