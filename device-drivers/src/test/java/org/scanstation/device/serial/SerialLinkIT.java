package org.scanstation.device.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.device.DeviceException;

/** {@link SerialLink} through a real pty pair made by socat. */
class SerialLinkIT {
  @TempDir Path dir;
  private SocatPty pty;

  @BeforeEach
  void startPty() throws Exception {
    pty = new SocatPty(dir);
  }

  @AfterEach
  void stopPty() throws Exception {
    pty.close();
  }

  @Test
  void carriesBytesBothWays() throws Exception {
    try (SerialLink link = SerialLink.open(pty.station().toString(), SerialSettings.DEFAULT);
        OutputStream peerOut = new FileOutputStream(pty.peer().toFile());
        InputStream peerIn = new FileInputStream(pty.peer().toFile())) {
      peerOut.write("9400111899223197428497\r\n\u001D".getBytes(StandardCharsets.ISO_8859_1));
      peerOut.flush();
      byte[] got = readAtLeast(link.input(), 25);
      assertThat(new String(got, StandardCharsets.ISO_8859_1))
          .isEqualTo("9400111899223197428497\r\n\u001D");

      link.output().write("~HS\r\n".getBytes(StandardCharsets.US_ASCII));
      link.output().flush();
      CompletableFuture<byte[]> reply = CompletableFuture.supplyAsync(() -> readPeer(peerIn, 5));
      assertThat(new String(reply.get(5, TimeUnit.SECONDS), StandardCharsets.US_ASCII))
          .isEqualTo("~HS\r\n");
    }
  }

  @Test
  void readsTimeOutLikeASocket() {
    SerialSettings quick = SerialSettings.DEFAULT.withReadTimeout(Duration.ofMillis(50));
    try (SerialLink link = SerialLink.open(pty.station().toString(), quick)) {
      assertThatThrownBy(() -> link.input().read(new byte[16]))
          .isInstanceOf(InterruptedIOException.class);
      assertThat(link.isOpen()).isTrue();
    }
  }

  @Test
  void reportsEndOfStreamWhenTheDeviceGoes() throws Exception {
    try (SerialLink link = SerialLink.open(pty.station().toString(), SerialSettings.DEFAULT)) {
      pty.close();
      await()
          .atMost(Duration.ofSeconds(5))
          .until(
              () -> {
                try {
                  return link.input().read(new byte[16]) == -1;
                } catch (InterruptedIOException timeout) {
                  return false;
                }
              });
    }
  }

  @Test
  void aPortHeldByAnotherProcessIsNamedAsInUse() throws Exception {
    String path = pty.station().toString();
    // util-linux flock takes the same advisory lock jSerialComm takes when it opens a port.
    Process holder = new ProcessBuilder("flock", path, "sleep", "30").start();
    try {
      await()
          .atMost(Duration.ofSeconds(5))
          .untilAsserted(
              () ->
                  assertThatThrownBy(() -> SerialLink.open(path, SerialSettings.DEFAULT).close())
                      .isInstanceOf(DeviceException.class)
                      .hasMessageContaining(path)
                      .hasMessageContaining("in use by another process"));
    } finally {
      // flock's child (sleep) holds the lock and would outlive flock for 30 s.
      holder.descendants().forEach(ProcessHandle::destroy);
      holder.destroy();
      holder.waitFor(5, TimeUnit.SECONDS);
    }
  }

  @Test
  void aMissingPortIsNamed() {
    String path = dir.resolve("ttyNOPE").toString();
    assertThatThrownBy(() -> SerialLink.open(path, SerialSettings.DEFAULT))
        .isInstanceOf(DeviceException.class)
        .hasMessageContaining(path)
        .hasMessageContaining("does not exist");
  }

  private static byte[] readAtLeast(InputStream in, int n) throws Exception {
    java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
    byte[] buf = new byte[64];
    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () -> {
              try {
                int r = in.read(buf);
                if (r > 0) {
                  got.write(buf, 0, r);
                }
              } catch (InterruptedIOException timeout) {
                // nothing yet
              }
              return got.size() >= n;
            });
    return got.toByteArray();
  }

  private static byte[] readPeer(InputStream in, int n) {
    // Not readNBytes: on JDK 17 it asks the file for its position, which a pty refuses.
    try {
      byte[] buf = new byte[n];
      int got = 0;
      while (got < n) {
        int r = in.read(buf, got, n - got);
        if (r < 0) {
          break;
        }
        got += r;
      }
      return java.util.Arrays.copyOf(buf, got);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
