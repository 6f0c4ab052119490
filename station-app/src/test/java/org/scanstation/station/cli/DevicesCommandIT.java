package org.scanstation.station.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code station devices} from the shaded jar, with and without native libraries. */
class DevicesCommandIT {
  private static final Path JAR = Path.of("target", "station.jar");

  private record Result(int exit, String out, String err) {}

  private static Result devices(String... jvmOptions) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-jar", JAR.toString(), "devices"));
    Process p = new ProcessBuilder(command).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), out, err);
  }

  @Test
  void theJarLoadsBothNativeLibrariesAndListsDevices() throws Exception {
    Result r = devices();
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Serial ports:").contains("USB devices:");
    assertThat(r.out()).doesNotContain("disabled").doesNotContain("cannot be listed");
  }

  @Test
  void withoutNativeLibrariesForThePlatformItSaysWhyAndStillExitsZero() throws Exception {
    // Neither usb4java nor jSerialComm bundles natives for SPARC, so this is a platform without.
    Result r = devices("-Dos.arch=sparc");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("USB is disabled: usb4java's native libusb did not load on Linux/sparc")
        .contains("connect scanners as serial: or tcp:");
    assertThat(r.err()).doesNotContain("Exception in thread");
  }
}
