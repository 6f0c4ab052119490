package org.scanstation.station.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.scanstation.station.StationException;
import org.scanstation.station.store.PrivateFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * How commands find the running station: {@code run/station.json} in the data directory, with its
 * pid, local API URL and bearer token, readable by the station's user only (file 0600 in a 0700
 * directory). Written at start, deleted at clean shutdown; a stale one is harmless because the
 * store lock tells whether a station runs.
 *
 * @param pid the station's process id
 * @param url the local API's base URL
 * @param token the bearer token for this run
 */
public record RunFile(long pid, String url, String token) {

  @Override
  public String toString() {
    return "RunFile[pid=" + pid + ", url=" + url + ", token hidden]";
  }

  static Path path(Path dataDir) {
    return dataDir.resolve("run").resolve("station.json");
  }

  /** Writes this file for {@code dataDir}, owner-only. */
  public void write(Path dataDir) {
    Path file = path(dataDir);
    try {
      PrivateFiles.createDirectories(file.getParent());
      Path tmp = file.resolveSibling("station.json.tmp");
      Files.deleteIfExists(tmp);
      Files.createFile(
          tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.write(tmp, JsonMapper.shared().writeValueAsBytes(this));
      Files.move(
          tmp,
          file,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new StationException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** The run file of {@code dataDir}, if there is a readable one. */
  public static Optional<RunFile> read(Path dataDir) {
    Path file = path(dataDir);
    try {
      return Files.isRegularFile(file)
          ? Optional.of(JsonMapper.shared().readValue(file.toFile(), RunFile.class))
          : Optional.empty();
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }

  /** Deletes the run file of {@code dataDir}, if any. */
  public static void delete(Path dataDir) {
    try {
      Files.deleteIfExists(path(dataDir));
    } catch (IOException e) {
      // harmless: the store lock, not this file, says whether a station runs
    }
  }
}
