/** Byte-stream scanner sources: serial ports (through {@code SerialLink}) and raw TCP streams. */
package org.scanstation.device.scanner.stream;
