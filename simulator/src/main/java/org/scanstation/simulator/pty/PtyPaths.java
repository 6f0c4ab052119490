package org.scanstation.simulator.pty;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.scanstation.simulator.SimulatorException;

/** Checks a pty path before socat is asked to put a link there. Stateless. */
final class PtyPaths {
  /** socat splits its address on these; a path containing one would be misread. */
  private static final String SOCAT_SPECIAL = ",:!\"'\\()[]{}";

  private PtyPaths() {}

  /**
   * Refuses paths socat would misread, missing directories, and anything already at the path except
   * a dangling link: socat replaces whatever is there, and a user's file must not vanish.
   */
  static void checkUsable(Path link) {
    String s = link.toString();
    for (char c : s.toCharArray()) {
      if (SOCAT_SPECIAL.indexOf(c) >= 0 || Character.isWhitespace(c)) {
        throw new SimulatorException(
            "pty path " + s + " contains '" + c + "', which socat cannot take in a link name");
      }
    }
    Path dir = link.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new SimulatorException("cannot create the pty " + s + ": no directory " + dir);
    }
    if (Files.isSymbolicLink(link)) {
      if (Files.exists(link)) {
        throw new SimulatorException(
            "pty path " + s + " is in use (a live link exists; is another simulator running?)");
      }
      return; // dangling: left behind by a killed socat, safe to replace
    }
    if (Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
      throw new SimulatorException(
          "pty path " + s + " exists and is not a pty link; refusing to replace it");
    }
  }
}
