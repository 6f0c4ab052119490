package org.scanstation.station.web;

/**
 * One part of the station's readiness in {@code /health}.
 *
 * @param ok whether this part lets the station take parcels
 * @param reason what it is doing, or what is wrong and what to do, for people
 */
record HealthPart(boolean ok, String reason) {}
