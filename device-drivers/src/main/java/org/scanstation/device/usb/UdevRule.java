package org.scanstation.device.usb;

import java.util.regex.Pattern;

/**
 * A udev rule that lets one group use one USB device without root: scoped to the device's vendor
 * and product id, mode 0660 (owner and group; never world-writable 0666).
 */
public final class UdevRule {
  private static final Pattern GROUP = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");

  private UdevRule() {}

  /** Where the rule for this device should be saved. */
  public static String fileName(int vendorId, int productId) {
    return String.format("/etc/udev/rules.d/70-scanstation-%04x-%04x.rules", vendorId, productId);
  }

  /**
   * The rule text, with comments saying where it goes and what to run next.
   *
   * @throws IllegalArgumentException when an id is not 16-bit or the group is not a valid name
   */
  public static String forDevice(int vendorId, int productId, String group) {
    checkId("vendor", vendorId);
    checkId("product", productId);
    if (group == null || !GROUP.matcher(group).matches()) {
      throw new IllegalArgumentException("group '" + group + "' is not a valid group name");
    }
    String ids = String.format("%04x:%04x", vendorId, productId);
    String match =
        String.format("ATTR{idVendor}==\"%04x\", ATTR{idProduct}==\"%04x\"", vendorId, productId);
    String perms = "MODE=\"0660\", GROUP=\"" + group + "\"";
    return String.join(
        "\n",
        "# Scan Station: lets members of group '"
            + group
            + "' use USB device "
            + ids
            + " without root.",
        "# Save as " + fileName(vendorId, productId) + ", then run",
        "#   sudo udevadm control --reload-rules && sudo udevadm trigger",
        "# replug the device, and add the station's user to the group:",
        "#   sudo usermod -aG " + group + " <station-user>   (then log in again)",
        "# USB access (HID scanners and USB printers through libusb):",
        "SUBSYSTEM==\"usb\", ENV{DEVTYPE}==\"usb_device\", " + match + ", " + perms,
        "# The same device in USB-serial (CDC-ACM) mode, with a stable path for serial: URIs:",
        "SUBSYSTEM==\"tty\", "
            + match.replace("ATTR{", "ATTRS{")
            + ", "
            + perms
            + String.format(", SYMLINK+=\"scanstation-%04x-%04x\"", vendorId, productId),
        "");
  }

  private static void checkId(String what, int id) {
    if (id < 0 || id > 0xFFFF) {
      throw new IllegalArgumentException(what + " id " + id + " is not a 16-bit USB id");
    }
  }
}
