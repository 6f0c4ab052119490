/**
 * One call budget per backend: the client side of its rate limit, shared by every kind of call the
 * station makes to it (the creates first, the carrier read-back with what they leave).
 */
package org.scanstation.station.ratelimit;
