package org.scanstation.device.usb;

import java.util.Arrays;
import java.util.Optional;

/** USB vendors whose scanners or label printers a parcel station is likely to meet. */
public enum KnownVendor {
  ZEBRA_PRINTERS(0x0A5F, "Zebra", Role.PRINTER),
  ZEBRA_SYMBOL(0x05E0, "Zebra (Symbol)", Role.SCANNER),
  HONEYWELL(0x0C2E, "Honeywell (Metrologic)", Role.SCANNER),
  HAND_HELD_PRODUCTS(0x0536, "Honeywell (Hand Held Products)", Role.SCANNER),
  DATALOGIC(0x05F9, "Datalogic", Role.SCANNER);

  /** What a vendor's devices on a station usually are. */
  public enum Role {
    SCANNER,
    PRINTER
  }

  private final int vendorId;
  private final String displayName;
  private final Role role;

  KnownVendor(int vendorId, String displayName, Role role) {
    this.vendorId = vendorId;
    this.displayName = displayName;
    this.role = role;
  }

  /** The vendor with this USB vendor id, if it is one we know. */
  public static Optional<KnownVendor> of(int vendorId) {
    return Arrays.stream(values()).filter(v -> v.vendorId == vendorId).findFirst();
  }

  /** The USB vendor id. */
  public int vendorId() {
    return vendorId;
  }

  /** The name people know the vendor by. */
  public String displayName() {
    return displayName;
  }

  /** What its devices usually are here. */
  public Role role() {
    return role;
  }
}
