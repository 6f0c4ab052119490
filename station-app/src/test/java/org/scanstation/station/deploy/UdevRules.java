package org.scanstation.station.deploy;

import java.util.List;

/** The check every packaged udev rule passes: mode 0660 and the station's device group. */
final class UdevRules {
  static final String GROUP = "scanstation-devices";

  private UdevRules() {}

  /** One message per rule line that is not group-scoped to {@link #GROUP} with mode 0660. */
  static List<String> problems(String rules) {
    return rules
        .lines()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .filter(l -> !l.contains("MODE=\"0660\"") || !l.contains("GROUP=\"" + GROUP + "\""))
        .map(l -> "not MODE 0660 with GROUP " + GROUP + ": " + l)
        .toList();
  }
}
