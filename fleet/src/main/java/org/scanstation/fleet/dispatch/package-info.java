/**
 * The dispatcher: a consumer group member that reads the outbox topic and owns the tracking
 * backend, with its share of the organisation's rate limit, de-duplication by event id through the
 * answered index, dead letters, and what it has seen of the fleet.
 */
package org.scanstation.fleet.dispatch;
