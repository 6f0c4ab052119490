/** Scanner URIs ({@code serial:}, {@code tcp://}, {@code usb:}) and the factory that opens them. */
package org.scanstation.device.scanner.connect;
