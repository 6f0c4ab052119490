package org.scanstation.station.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DevicesCommandTest {

  @Test
  void listsSerialPortsAndUsbAndExitsZeroWhateverTheMachineHas() {
    CliRun r = CliRun.run("devices");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Serial ports:").contains("USB devices:");
    if (!Files.isDirectory(Path.of("/dev/bus/usb"))) {
      assertThat(r.out()).contains("none: /dev/bus/usb does not exist").contains("no USB bus");
    }
  }
}
