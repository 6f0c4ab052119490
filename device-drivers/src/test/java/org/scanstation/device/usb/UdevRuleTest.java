package org.scanstation.device.usb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class UdevRuleTest {

  @Test
  void scopesTheRuleToTheDeviceAndAGroupWithMode0660() {
    String rule = UdevRule.forDevice(0x05E0, 0x1200, "scanstation");
    List<String> rules = rule.lines().filter(l -> !l.startsWith("#")).toList();
    assertThat(rules).hasSize(2);
    assertThat(rules.get(0))
        .isEqualTo(
            "SUBSYSTEM==\"usb\", ENV{DEVTYPE}==\"usb_device\", ATTR{idVendor}==\"05e0\","
                + " ATTR{idProduct}==\"1200\", MODE=\"0660\", GROUP=\"scanstation\"");
    assertThat(rules.get(1))
        .startsWith("SUBSYSTEM==\"tty\", ATTRS{idVendor}==\"05e0\", ATTRS{idProduct}==\"1200\"")
        .contains("MODE=\"0660\", GROUP=\"scanstation\"")
        .contains("SYMLINK+=\"scanstation-05e0-1200\"");
    assertThat(rule)
        .doesNotContain("0666")
        .contains("/etc/udev/rules.d/70-scanstation-05e0-1200.rules")
        .contains("udevadm control --reload-rules");
  }

  @Test
  void refusesGroupNamesThatCouldInjectIntoTheRule() {
    assertThatThrownBy(() -> UdevRule.forDevice(1, 2, "x\", MODE=\"0666"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> UdevRule.forDevice(1, 2, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> UdevRule.forDevice(0x10000, 2, "plugdev"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
