/**
 * The station's domain: tracking numbers, acceptance and policy. Pure code: no JDBC, no sockets, no
 * device library, no clock or file access of its own (an architecture test enforces it).
 */
package org.scanstation.station.domain;
