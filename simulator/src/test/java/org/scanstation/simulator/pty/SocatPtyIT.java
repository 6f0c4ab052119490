package org.scanstation.simulator.pty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a pty counts as ready. A stand-in for socat stages the gap in which the real one has made
 * the link but not yet set the pty's modes: a station writing a 28 KB job into that gap deadlocked
 * with socat's mode change, so the pty must not be handed out before socat says it moves bytes.
 */
class SocatPtyIT {
  @TempDir Path dir;

  /** A "socat" that links first, waits, marks the moment, then says it is moving bytes. */
  private Path slowSocat() throws IOException {
    Path script = dir.resolve("slow-socat");
    Files.writeString(
        script,
        "#!/bin/sh\n"
            + "for a in \"$@\"; do case \"$a\" in *link=*) link=\"${a##*link=}\";; esac; done\n"
            + "ln -s /dev/null \"$link\"\n"
            + "sleep 0.5\n"
            + "touch \"$link.modes-set\"\n"
            + "echo 'socat[1] N starting data transfer loop with FDs [5,5] and [0,1]' >&2\n"
            + "exec cat\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script;
  }

  @Test
  void thePtyIsHandedOutOnlyOnceSocatMovesBytesNotWhenTheLinkAppears() throws IOException {
    Path link = dir.resolve("tty");
    try (SocatPty pty = SocatPty.open(link, slowSocat().toString())) {
      assertThat(dir.resolve("tty.modes-set")).exists();
      assertThat(pty.isOpen()).isTrue();
    }
  }
}
