package org.scanstation.station.api;

/**
 * One line of a parcel's timeline: the station's own events and the carrier's, side by side.
 *
 * @param at ISO-8601 UTC
 * @param source {@code STATION}, {@code AFTERSHIP} or {@code USPS}
 * @param what the event: the station's {@code ACCEPTED}, {@code PRINTED}, {@code REPRINTED}, {@code
 *     SYNCED}, {@code VOIDED}; the carrier's tag (e.g. {@code InTransit})
 * @param code the carrier's event code (e.g. {@code 03}), or null
 * @param detail the message, printer or operator, or null
 * @param location where, or null
 * @param proof {@code MAILING} for the first USPS acceptance scan, {@code DELIVERY} for the
 *     delivery, else null
 */
public record TimelineEntry(
    String at,
    String source,
    String what,
    String code,
    String detail,
    String location,
    String proof) {}
