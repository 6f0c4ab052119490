package org.scanstation.station.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Debian package built by {@code deploy/build-deb.sh} from {@code target/station.jar}, as the
 * dist profile builds it, and its files unpacked with {@code dpkg-deb -x} for the checks.
 */
final class DebianPackage {
  static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  static final Path JAR = Path.of("target", "station.jar").toAbsolutePath();

  // one per test JVM: with several forks, two JVMs must not build into the same directory
  private static final Path WORK =
      Path.of("target", "deb-it-" + ProcessHandle.current().pid()).toAbsolutePath();
  private static DebianPackage shared;

  final Path work;
  final Path deb;
  final Path root;

  private DebianPackage(Path work, Path deb, Path root) {
    this.work = work;
    this.deb = deb;
    this.root = root;
  }

  /**
   * The package of version 1.2.0-SNAPSHOT, built once for all the tests in this JVM (a build
   * compresses the whole jar). Blocks for the build.
   */
  static synchronized DebianPackage shared() {
    if (shared == null) {
      shared = build(WORK, "1.2.0-SNAPSHOT");
    }
    return shared;
  }

  /** Builds the package of version {@code version} under {@code work} and unpacks it. Blocks. */
  static DebianPackage build(Path work, String version) {
    recreate(work);
    Shell.Result built =
        Shell.run(
            work,
            Map.of("PATH", Shell.pathWithThisJava()),
            List.of(
                "bash",
                REPO.resolve("deploy/build-deb.sh").toString(),
                JAR.toString(),
                version,
                work.toString()));
    assertThat(built.exit()).as(built.describe()).isZero();
    Path deb = Path.of(built.out().strip());
    Path root = work.resolve("root");
    Shell.Result unpacked = Shell.run(work, "dpkg-deb", "-x", deb.toString(), root.toString());
    assertThat(unpacked.exit()).as(unpacked.describe()).isZero();
    return new DebianPackage(work, deb, root);
  }

  /** A file of the unpacked package, by its installed path ("/usr/bin/station"). */
  Path file(String installedPath) {
    return root.resolve(installedPath.substring(1));
  }

  static void recreate(Path dir) {
    try {
      if (Files.exists(dir)) {
        try (Stream<Path> all = Files.walk(dir)) {
          for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
