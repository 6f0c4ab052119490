/**
 * The scanner port ({@link org.scanstation.device.scanner.BarcodeScanner}, its listener and
 * events), byte-stream framing, the reconnecting engine every real scanner runs on, and the fake
 * that fires the same events for the station's tests.
 */
package org.scanstation.device.scanner;
