package org.scanstation.station.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UdevRuleCommandTest {

  @Test
  void printsARuleScopedToTheDeviceWithMode0660AndTheGroup() {
    CliRun r =
        CliRun.run("udev-rule", "--vid", "05E0", "--pid", "0x1200", "--group", "scanstation");
    assertThat(r.exit()).isZero();
    assertThat(r.outLines())
        .contains(
            "SUBSYSTEM==\"usb\", ENV{DEVTYPE}==\"usb_device\", ATTR{idVendor}==\"05e0\","
                + " ATTR{idProduct}==\"1200\", MODE=\"0660\", GROUP=\"scanstation\"");
    assertThat(r.out()).doesNotContain("0666").contains("70-scanstation-05e0-1200.rules");
  }

  @Test
  void defaultsToThePlugdevGroup() {
    CliRun r = CliRun.run("udev-rule", "--vid", "0c2e", "--pid", "0b61");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("GROUP=\"plugdev\"");
  }

  @Test
  void badIdsAndGroupsAreUsageErrors() {
    CliRun vid = CliRun.run("udev-rule", "--vid", "5e0", "--pid", "1200");
    assertThat(vid.exit()).isEqualTo(2);
    assertThat(vid.err()).contains("--vid: '5e0' is not 4 hex digits");
    CliRun group = CliRun.run("udev-rule", "--vid", "05e0", "--pid", "1200", "--group", "a b");
    assertThat(group.exit()).isEqualTo(2);
    assertThat(group.err()).contains("--group");
    assertThat(group.out()).isEmpty();
    assertThat(CliRun.run("udev-rule", "--vid", "05e0").exit()).isEqualTo(2);
  }
}
