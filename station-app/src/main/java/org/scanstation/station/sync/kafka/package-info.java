/**
 * The Kafka sink of the outbox ({@code sync.sink=kafka}) and the station's heartbeat, per the #20
 * wire contract (docs/fleet.md): one record per outbox entry, keyed by tracking number, with the
 * headers {@code id}, {@code kind}, {@code station} and {@code chain-hash}; an idempotent producer
 * with {@code acks=all}. The only package that uses the Kafka client (an ArchUnit rule checks).
 */
package org.scanstation.station.sync.kafka;
