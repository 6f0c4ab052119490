package org.scanstation.station.api;

/**
 * Marks an exception that refuses who asks (a missing or wrong supervisor PIN, too many tries)
 * rather than what was asked: the HTTP layer answers 403 instead of 400. The exception's message
 * says why, never echoing a PIN.
 */
public interface AccessRefused {}
