/**
 * A USPS APIs v3 simulator over HTTP: OAuth 2.0 client credentials with expiring tokens, the
 * tracking endpoint with DETAIL events on a seeded timeline, refusals for Mailer IDs the client
 * does not own, and a per-second limit answered 429 with {@code Retry-After}: {@link
 * org.scanstation.simulator.uspsapi.SimulatedUspsApi}.
 */
package org.scanstation.simulator.uspsapi;
