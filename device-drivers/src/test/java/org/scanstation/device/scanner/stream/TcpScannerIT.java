package org.scanstation.device.scanner.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scanstation.common.Backoff;
import org.scanstation.device.scanner.BarcodeScanner;
import org.scanstation.device.scanner.ConnectionState;
import org.scanstation.device.scanner.FakeBarcodeScanner;
import org.scanstation.device.scanner.Framing;
import org.scanstation.device.scanner.RecordingListener;
import org.scanstation.device.scanner.Terminator;
import org.scanstation.device.scanner.connect.ScannerFactory;

/** A scanner behind a network serial server, played by a plain ServerSocket. */
class TcpScannerIT {
  private static final String SCAN = "9400111899223197428497";
  private static final ScannerFactory FACTORY =
      new ScannerFactory(
          Clock.systemUTC(), new Backoff(Duration.ofMillis(20), Duration.ofMillis(200)));

  private ServerSocket server;
  private int port;
  private BarcodeScanner scanner;
  private final RecordingListener listener = new RecordingListener();

  @BeforeEach
  void startServer() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    server.setSoTimeout(10_000);
    port = server.getLocalPort();
  }

  @AfterEach
  void stop() throws IOException {
    if (scanner != null) {
      scanner.close();
    }
    server.close();
  }

  /**
   * Starts the scanner and returns the server's end of its connection once the scanner reports
   * CONNECTED: bytes sent earlier would fall to the flush on open.
   */
  private Socket connect(String query) throws IOException {
    scanner = FACTORY.create("nport-1", "tcp://127.0.0.1:" + port + query);
    scanner.start(listener);
    Socket accepted = server.accept();
    await().until(() -> listener.states().contains(ConnectionState.CONNECTED));
    return accepted;
  }

  private static void send(Socket s, String text) throws IOException {
    OutputStream out = s.getOutputStream();
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  @Test
  void framesScansFromTheStreamIncludingABurstOfAThousand() throws IOException {
    try (Socket nport = connect("?suffix=LF")) {
      List<String> sent = new ArrayList<>();
      StringBuilder wire = new StringBuilder();
      for (int i = 0; i < 1000; i++) {
        String s = "42010001\u001D" + SCAN.substring(0, 17) + String.format("%05d", i);
        sent.add(s);
        wire.append(s).append('\n');
      }
      long t0 = System.nanoTime();
      send(nport, wire.toString());
      await().atMost(Duration.ofSeconds(30)).until(() -> listener.scans().size() >= 1000);
      long nanos = listener.scans().get(999).receivedNanos() - t0;
      assertThat(listener.texts()).isEqualTo(sent);
      System.out.printf(
          "tcp burst: 1000 scans in %d ms, %.0f scans/s%n",
          TimeUnit.NANOSECONDS.toMillis(nanos), 1000 / (nanos / 1e9));
    }
  }

  @Test
  void withFlushOffWhatTheServerSendsAtOnceIsKept() throws IOException {
    scanner = FACTORY.create("nport-1", "tcp://127.0.0.1:" + port + "?flush=false");
    scanner.start(listener);
    try (Socket nport = server.accept()) {
      send(nport, "STALE\r"); // before the scanner can have read anything
      await().until(() -> listener.texts().contains("STALE"));
    }
  }

  @Test
  void aServerThatIsDownIsNamedWithTheFix() throws IOException {
    server.close();
    scanner = FACTORY.create("nport-1", "tcp://127.0.0.1:" + port);
    scanner.start(listener);
    await().until(() -> !listener.statuses().isEmpty());
    assertThat(listener.statuses().get(0).state()).isEqualTo(ConnectionState.DISCONNECTED);
    assertThat(listener.statuses().get(0).detail())
        .contains("127.0.0.1:" + port)
        .contains("refused the connection");
  }

  @Test
  void behavesLikeTheFakeThroughJunkADropAndAReconnect() throws IOException {
    List<String> chunks = List.of("A" + SCAN + "\r", "x".repeat(600), "\r" + SCAN, "\rB", "\r1234");
    FakeBarcodeScanner fake =
        new FakeBarcodeScanner(
            "nport-1", Framing.DEFAULT.withTerminator(Terminator.CR), Clock.systemUTC());
    RecordingListener fakeListener = new RecordingListener();
    fake.start(fakeListener);
    chunks.forEach(c -> fake.receive(c.getBytes(StandardCharsets.ISO_8859_1)));
    fake.unplug();
    fake.plug();
    fake.receive("34\r".getBytes(StandardCharsets.ISO_8859_1)); // the rest of the cut "1234"
    fake.scan("C");
    fake.close();

    Socket nport = connect("");
    for (String c : chunks) {
      send(nport, c);
    }
    await().until(() -> listener.texts().contains("B"));
    server.close(); // else the scanner reconnects at once through the listen backlog
    nport.close(); // the server drops the connection in the middle of "1234"
    await().until(() -> listener.states().contains(ConnectionState.DISCONNECTED));
    restartServer();
    try (Socket again = server.accept()) {
      await().until(() -> listener.states().size() == 3);
      send(again, "34\rC\r");
      await().until(() -> listener.texts().contains("C"));
      scanner.close();
    }
    assertThat(listener.summary()).isEqualTo(fakeListener.summary());
  }

  private void restartServer() throws IOException {
    server = new ServerSocket();
    server.setReuseAddress(true);
    server.setSoTimeout(10_000);
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
  }
}
