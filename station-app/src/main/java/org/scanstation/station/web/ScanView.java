package org.scanstation.station.web;

import org.scanstation.station.api.AcceptOutcome;

/**
 * One scan's result as the packer's page shows it: the outcome and where it came from. Every field
 * is plain text; the page inserts it with {@code textContent}, never as HTML.
 *
 * @param at ISO-8601 time the result was decided
 * @param scannerId where the scan came from
 * @param operatorId who was signed in
 * @param grouped the tracking number in groups of four, or null
 * @param outcome the result
 */
public record ScanView(
    String at, String scannerId, String operatorId, String grouped, AcceptOutcome outcome) {}
