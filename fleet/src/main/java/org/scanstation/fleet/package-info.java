/**
 * Many stations, one rate limit: stations publish their outbox to Kafka (the wire contract is in
 * {@link org.scanstation.fleet.FleetTopics} and {@link org.scanstation.fleet.WireHeaders}), and the
 * dispatchers of this module own the tracking backend. The station never depends on this module.
 */
package org.scanstation.fleet;
