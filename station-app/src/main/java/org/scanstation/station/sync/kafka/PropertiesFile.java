package org.scanstation.station.sync.kafka;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.scanstation.station.StationException;

/**
 * Reads {@code kafka.client-properties-file}: a properties file that may hold a password, so it
 * must be readable by the station's user only. Stateless.
 */
final class PropertiesFile {
  private static final Set<PosixFilePermission> OTHERS =
      EnumSet.of(
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.OTHERS_READ,
          PosixFilePermission.OTHERS_WRITE);

  private PropertiesFile() {}

  /**
   * The properties of {@code file}, name to value. Blocks on the file system.
   *
   * @throws StationException naming the file when it cannot be read, is not a properties file, or
   *     others may read or change it (the fix: chmod 600)
   */
  static Map<String, String> read(Path file) {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Set<PosixFilePermission> mode;
      try {
        mode = Files.getPosixFilePermissions(file);
      } catch (IOException e) {
        throw new StationException(
            "cannot read kafka.client-properties-file " + file + ": " + e + " (check the path)", e);
      }
      if (mode.stream().anyMatch(OTHERS::contains)) {
        throw new StationException(
            "kafka.client-properties-file "
                + file
                + " may be read or changed by other users, and it may hold a password; make it"
                + " the station user's only: chmod 600 "
                + file);
      }
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException | IllegalArgumentException e) {
      throw new StationException(
          "cannot read kafka.client-properties-file " + file + ": " + e + " (check the path)", e);
    }
    Map<String, String> out = new TreeMap<>();
    for (String k : p.stringPropertyNames()) {
      out.put(k, p.getProperty(k).strip());
    }
    return out;
  }
}
