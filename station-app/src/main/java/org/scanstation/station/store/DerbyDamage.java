package org.scanstation.station.store;

import java.io.EOFException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Derby error says about a damaged store file: a short summary fit for one log line (no page
 * dumps) and, when Derby names a container, its conglomerate number. Pure; thread-safe.
 *
 * @param summary the SQLState and first line of the telling error, with its root cause
 * @param conglomerate the conglomerate Derby named ({@code Container(0, N)}), or null
 */
record DerbyDamage(String summary, Long conglomerate) {
  /** SQLState classes of the raw store: page, container, log and B-tree faults. */
  private static final List<String> DAMAGE_STATES =
      List.of("XSDG", "XSDB", "XSDA", "XSLA", "XSCB", "XSCH", "XSAI");

  /** Booted elsewhere: a lock problem, not damage. */
  private static final String BOOTED_ELSEWHERE = "XSDB6";

  /** Signs of a full or read-only disk, which a restore would not cure. */
  private static final List<String> NOT_DAMAGE =
      List.of("No space left on device", "Read-only file system", "Permission denied");

  private static final Pattern CONTAINER = Pattern.compile("Container\\(\\s*-?\\d+\\s*,\\s*(\\d+)");
  private static final int MAX_SUMMARY = 240;

  /** The damage {@code error} reports, or empty when it is not a sign of a damaged file. */
  static Optional<DerbyDamage> in(Throwable error) {
    List<Throwable> chain = chain(error);
    boolean damaged = false;
    for (Throwable t : chain) {
      String m = String.valueOf(t.getMessage());
      if (NOT_DAMAGE.stream().anyMatch(m::contains)) {
        return Optional.empty();
      }
      damaged |= isDamageState(t) || t instanceof EOFException || isDerbyBug(t);
    }
    return damaged ? Optional.of(of(error)) : Optional.empty();
  }

  /** Describes {@code error}, known to be a read failure, as damage. */
  static DerbyDamage of(Throwable error) {
    List<Throwable> chain = chain(error);
    Throwable telling = chain.stream().filter(DerbyDamage::isDamageState).findFirst().orElse(error);
    Throwable root = null;
    for (Throwable t : chain) {
      root = t instanceof SQLException || isDerbyWrapper(t) ? root : t;
    }
    String summary = line(telling);
    if (root != null && root != telling) {
      summary += " (" + root.getClass().getSimpleName() + ": " + firstLine(root) + ")";
    }
    Long conglomerate = null;
    for (Throwable t : chain) {
      Matcher m = CONTAINER.matcher(String.valueOf(t.getMessage()));
      if (conglomerate == null && m.find()) {
        conglomerate = Long.parseLong(m.group(1));
      }
    }
    return new DerbyDamage(summary, conglomerate);
  }

  /** Which part of the store the error names: a Derby file, the transaction log, or neither. */
  String where() {
    if (file() != null) {
      return "file " + file();
    }
    return summary.startsWith("XSLA") ? "the transaction log, log/" : "the store's files";
  }

  /** Derby's file for the conglomerate, relative to the store, or null when none was named. */
  String file() {
    return conglomerate == null ? null : "seg0/c" + Long.toHexString(conglomerate) + ".dat";
  }

  private static String line(Throwable t) {
    String state = t instanceof SQLException s && s.getSQLState() != null ? s.getSQLState() : "";
    String text = firstLine(t);
    return state.isEmpty() ? t.getClass().getSimpleName() + ": " + text : state + " " + text;
  }

  private static String firstLine(Throwable t) {
    String m = String.valueOf(t.getMessage());
    // Derby's page dumps and class-loader names are noise in a one-line report
    for (String noise : List.of(", page dump follows", " with class loader")) {
      int at = m.indexOf(noise);
      m = at >= 0 ? m.substring(0, at) : m;
    }
    int nl = m.indexOf('\n');
    m = (nl >= 0 ? m.substring(0, nl) : m).strip();
    return m.length() > MAX_SUMMARY ? m.substring(0, MAX_SUMMARY) + "..." : m;
  }

  private static boolean isDamageState(Throwable t) {
    if (!(t instanceof SQLException s) || s.getSQLState() == null) {
      return false;
    }
    String state = s.getSQLState();
    return !state.equals(BOOTED_ELSEWHERE) && DAMAGE_STATES.stream().anyMatch(state::startsWith);
  }

  /** A Java runtime error thrown inside Derby: it read bytes it could not make sense of. */
  private static boolean isDerbyBug(Throwable t) {
    StackTraceElement[] at = t.getStackTrace();
    return t instanceof RuntimeException
        && at.length > 0
        && at[0].getClassName().startsWith("org.apache.derby.");
  }

  private static boolean isDerbyWrapper(Throwable t) {
    return t.getClass().getName().startsWith("org.apache.derby.");
  }

  /** The error, its causes and its next exceptions, each once. */
  private static List<Throwable> chain(Throwable error) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Throwable> out = new ArrayList<>();
    List<Throwable> todo = new ArrayList<>(List.of(error));
    while (!todo.isEmpty() && out.size() < 32) {
      Throwable t = todo.remove(0);
      if (t == null || !seen.add(t)) {
        continue;
      }
      out.add(t);
      todo.add(t.getCause());
      if (t instanceof SQLException s) {
        todo.add(s.getNextException());
      }
    }
    return out;
  }
}
