package org.scanstation.station.domain.acceptance;

/**
 * A US postal address as imported; every part is untrusted text.
 *
 * @param name addressee
 * @param street1 first street line
 * @param street2 second street line, or null
 * @param city city
 * @param state two-letter state
 * @param zip ZIP or ZIP+4
 */
public record PostalAddress(
    String name, String street1, String street2, String city, String state, String zip) {}
