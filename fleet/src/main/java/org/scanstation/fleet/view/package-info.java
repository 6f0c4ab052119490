/**
 * The fleet view: a dispatcher's small page and {@code /fleet.json} on the JDK's HTTP server, what
 * the dispatcher has seen of the stations, the group's lag and the calls against the limit.
 */
package org.scanstation.fleet.view;
