/**
 * The station's meters for {@code GET /metrics}: scans by result and reason, acceptance latency,
 * labels per printer, and gauges read from the station's own state (queues, outbox, store, devices)
 * at scrape time, plus the JVM's and the process's, in one Micrometer Prometheus registry. Label
 * values are bounded: results, reason codes, and the ids of configured scanners and printers; never
 * tracking numbers, operators or free text.
 */
package org.scanstation.station.metrics;
