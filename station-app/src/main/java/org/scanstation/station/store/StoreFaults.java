package org.scanstation.station.store;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells a store fault (the store cannot write or cannot be trusted: disk full, read-only file
 * system, I/O error, Derby shut the database down) from an error of one statement (a duplicate key,
 * a lock timeout, bad SQL), which says nothing about the store. A pure function of the exception
 * chain; thread-safe.
 */
final class StoreFaults {
  private StoreFaults() {}

  /** Why the store cannot write, in a person's words, when {@code e} is a store fault. */
  static Optional<String> explain(SQLException e) {
    String io = ioMessage(e);
    if (io != null && io.toLowerCase(Locale.ROOT).contains("no space")) {
      return Optional.of("the disk is full (" + io + ")");
    }
    if (io != null && io.toLowerCase(Locale.ROOT).contains("read-only")) {
      return Optional.of("the file system is read-only (" + io + ")");
    }
    for (SQLException s = e; s != null; s = s.getNextException()) {
      Optional<String> why = bySqlState(s);
      if (why.isPresent()) {
        return why.map(w -> io == null ? w : w + " (" + io + ")");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> bySqlState(SQLException s) {
    String state = s.getSQLState() == null ? "" : s.getSQLState();
    String first = firstLine(s.getMessage());
    if (state.equals("XSDG1")) {
      return Optional.of("a page could not be written; the disk is probably full: " + first);
    }
    if (state.startsWith("XSLA") || state.startsWith("XSLB")) {
      return Optional.of("the store's log could not be written: " + first);
    }
    if (state.startsWith("XSDF") || state.startsWith("XSDG") || state.startsWith("XSDB")) {
      return Optional.of("a store file could not be written or read: " + first);
    }
    if (state.equals("25502") || state.startsWith("40XD")) {
      return Optional.of("the store is read-only: " + first);
    }
    if (state.equals("XJ040") || state.equals("XJ004") || state.equals("08006")) {
      return Optional.of("the database is not running: " + first);
    }
    return Optional.empty();
  }

  private static String ioMessage(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException io) {
        return io.getMessage();
      }
      if (t instanceof SQLException s && s.getNextException() != null && t.getCause() == null) {
        String next = ioMessage(s.getNextException());
        if (next != null) {
          return next;
        }
      }
    }
    return null;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
