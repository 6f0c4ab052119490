package org.scanstation.station.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.scanstation.station.StationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the station's files to its own OS user: directories 0700, files 0600. The store holds
 * tracking numbers and addresses in plain Derby pages, so anyone who can read a file can read them.
 * On a file system without POSIX permissions it warns once and does nothing. Thread-safe.
 */
public final class PrivateFiles {
  private static final Logger log = LoggerFactory.getLogger(PrivateFiles.class);
  private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OTHERS =
      EnumSet.of(
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.GROUP_EXECUTE,
          PosixFilePermission.OTHERS_READ,
          PosixFilePermission.OTHERS_WRITE,
          PosixFilePermission.OTHERS_EXECUTE);
  private static final AtomicBoolean WARNED = new AtomicBoolean();

  private PrivateFiles() {}

  /**
   * Makes Derby create its files owner-only (it reads this system property at each file it
   * creates). An explicit {@code -Dderby.storage.useDefaultFilePermissions=true} is respected.
   */
  static void ownerOnlyForDerby() {
    if (System.getProperty("derby.storage.useDefaultFilePermissions") == null) {
      System.setProperty("derby.storage.useDefaultFilePermissions", "false");
    }
  }

  /** Whether the default file system has POSIX permissions; warns once when it has not. */
  static boolean posix() {
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    if (!posix && WARNED.compareAndSet(false, true)) {
      log.warn(
          "this file system has no POSIX permissions: the store's files are protected only by"
              + " the directory's own access rules; keep the data directory private to the"
              + " station's user");
    }
    return posix;
  }

  /** Attributes for creating a file owner-only: 0600 where POSIX, none elsewhere. */
  public static FileAttribute<?>[] fileAttributes() {
    return posix()
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
        : new FileAttribute<?>[0];
  }

  /**
   * Creates {@code dir} (and missing parents, with the default mode) as a 0700 directory. Blocks on
   * the file system.
   *
   * @throws StationException naming the directory when it cannot be created
   */
  public static void createDirectories(Path dir) {
    try {
      Path parent = dir.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      if (!Files.isDirectory(dir)) {
        if (posix()) {
          Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(DIR));
        } else {
          Files.createDirectory(dir);
        }
      }
    } catch (IOException e) {
      throw new StationException(
          "cannot create " + dir + ": " + e.getMessage() + " (is its parent writable?)", e);
    }
  }

  /**
   * Takes group and other permissions off {@code path} and, for a directory, everything under it
   * (symbolic links are not followed). Blocks on the file system.
   *
   * @return the paths that were readable or writable by others and are now owner-only; a permission
   *     that cannot be changed (a file system that ignores modes) is warned about
   */
  public static List<Path> tighten(Path path) {
    List<Path> fixed = new ArrayList<>();
    if (!posix() || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return fixed;
    }
    try (Stream<Path> all = Files.walk(path)) {
      all.forEach(p -> tightenOne(p, fixed));
    } catch (IOException | UncheckedIOException e) {
      // a start must not fail on a file system that cannot keep modes; the operator is told
      log.warn("cannot make {} private to the station's user: {}", path, e.getMessage());
    }
    return fixed;
  }

  /**
   * Makes a data directory private at open: the directory itself and what the station keeps in it
   * (the store, its lock, Derby's log, the run file, the last-backup record); other files a user
   * put there are left alone. Logs one WARN naming what was fixed. Blocks on the disk.
   */
  static void tightenDataDir(Path dir, List<String> entries) {
    List<Path> fixed = new ArrayList<>();
    if (!posix()) {
      return;
    }
    try {
      tightenOne(dir, fixed);
    } catch (UncheckedIOException e) {
      log.warn("cannot make {} private to the station's user: {}", dir, e.getMessage());
    }
    for (String entry : entries) {
      fixed.addAll(tighten(dir.resolve(entry)));
    }
    if (!fixed.isEmpty()) {
      log.warn(
          "{} station file(s) under {} could be read or written by other users and are now"
              + " owner-only (directories 0700, files 0600): {}{}",
          fixed.size(),
          dir,
          fixed.stream()
              .limit(5)
              .map(p -> p.equals(dir) ? "." : dir.relativize(p).toString())
              .toList(),
          fixed.size() > 5 ? " and more" : "");
    }
  }

  /**
   * Takes group and other permissions off {@code path} itself (not what it contains). Blocks on the
   * file system.
   */
  static void tightenItself(Path path) {
    if (posix()) {
      try {
        tightenOne(path, new ArrayList<>());
      } catch (UncheckedIOException e) {
        log.warn("cannot make {} private to the station's user: {}", path, e.getMessage());
      }
    }
  }

  private static void tightenOne(Path p, List<Path> fixed) {
    try {
      if (Files.isSymbolicLink(p)) {
        return;
      }
      Set<PosixFilePermission> now = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
      if (now.stream().anyMatch(OTHERS::contains)) {
        Files.setPosixFilePermissions(p, Files.isDirectory(p) ? DIR : FILE);
        fixed.add(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
