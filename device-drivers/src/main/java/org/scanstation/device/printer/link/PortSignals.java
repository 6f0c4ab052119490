package org.scanstation.device.printer.link;

/**
 * The USB printer class port status byte (GET_PORT_STATUS), as IEEE 1284 signals: all a one-way
 * printer can say about itself.
 *
 * @param paperEmpty bit 5: paper empty
 * @param selected bit 4: selected (online)
 * @param error bit 3 clear: an error
 */
public record PortSignals(boolean paperEmpty, boolean selected, boolean error) {

  /** Decodes the status byte. */
  public static PortSignals of(int statusByte) {
    return new PortSignals(
        (statusByte & 0x20) != 0, (statusByte & 0x10) != 0, (statusByte & 0x08) == 0);
  }
}
