package org.scanstation.simulator.uspsapi;

import java.util.Map;

/**
 * The simulated USPS API's counts since start.
 *
 * @param tokenRequests calls to the token endpoint
 * @param tokensIssued tokens handed out
 * @param trackingRequests calls to the tracking endpoint, whatever the answer
 * @param rateLimited answers 429
 * @param unauthorized answers 401 (bad credentials, unknown or expired token)
 * @param notAuthorized answers 403 (a Mailer ID the client does not own)
 * @param callsPerNumber tracking calls per tracking number
 */
public record UspsCounters(
    long tokenRequests,
    long tokensIssued,
    long trackingRequests,
    long rateLimited,
    long unauthorized,
    long notAuthorized,
    Map<String, Long> callsPerNumber) {
  /** Copies the map. */
  public UspsCounters {
    callsPerNumber = Map.copyOf(callsPerNumber);
  }
}
