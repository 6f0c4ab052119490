package org.scanstation.simulator.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The scanner behind a TCP serial server (ser2net style), read with a plain socket. */
class ScannerTcpIT {
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  private static String read(InputStream in, int n) throws IOException {
    return new String(in.readNBytes(n), StandardCharsets.ISO_8859_1);
  }

  @Test
  void streamsScansToTheConnectedStation() throws IOException {
    ScannerSettings s = ScannerSettings.defaults().withSuffix(ScanSuffix.CRLF);
    try (SimulatedScanner scanner = SimulatedScanner.onTcp(LOOPBACK, 0, s)) {
      int port = scanner.port();
      assertThat(scanner.scan("before anyone listens")).isFalse();
      try (Socket station = new Socket(LOOPBACK, port)) {
        station.setSoTimeout(5000);
        await().until(() -> scanner.connections() == 1);
        scanner.scan("9400111899223197428497");
        assertThat(read(station.getInputStream(), 24)).isEqualTo("9400111899223197428497\r\n");
        station.getOutputStream().write("hi".getBytes(StandardCharsets.US_ASCII));
        await().until(() -> new String(scanner.receivedFromStation()).equals("hi"));
      }
      await().until(() -> scanner.connections() == 0);
    }
  }

  @Test
  void unplugClosesTheConnectionAndThePort() throws IOException {
    try (SimulatedScanner scanner =
        SimulatedScanner.onTcp(LOOPBACK, 0, ScannerSettings.defaults())) {
      int port = scanner.port();
      try (Socket station = new Socket(LOOPBACK, port)) {
        station.setSoTimeout(5000);
        await().until(() -> scanner.connections() == 1);
        scanner.unplug();
        assertThat(station.getInputStream().read()).isEqualTo(-1);
      }
      assertThatThrownBy(() -> new Socket(LOOPBACK, port).close())
          .isInstanceOf(ConnectException.class);
      scanner.replug();
      try (Socket station = new Socket(LOOPBACK, port)) {
        station.setSoTimeout(5000);
        await().until(() -> scanner.connections() == 1);
        scanner.scan("back");
        assertThat(read(station.getInputStream(), 5)).isEqualTo("back\r");
      }
    }
  }
}
