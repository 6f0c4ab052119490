/**
 * The station's operations as one contract ({@link org.scanstation.station.api.StationOperations})
 * and the JSON-ready records it speaks. The CLI uses it, the local HTTP API serves it, and a
 * command run while a station owns the store reaches that station through it.
 */
package org.scanstation.station.api;
