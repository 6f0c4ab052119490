package org.scanstation.simulator.uspsapi;

import java.time.Instant;

/**
 * A request the simulated USPS API received, kept for assertions. No header and no body is kept:
 * they carry the client secret or a token.
 *
 * @param at when it arrived
 * @param method HTTP method
 * @param path the request path
 * @param trackingNumber the number asked about, or null (token requests)
 * @param status the HTTP status answered
 */
public record UspsRequest(
    Instant at, String method, String path, String trackingNumber, int status) {}
