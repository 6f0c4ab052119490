package org.scanstation.station.receipts;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Jackson's reading errors as sentences that name the member (by its path, e.g. {@code
 * manifest.pieces}) and end with Jackson's line and column. Stateless.
 */
final class ReceiptJsonErrors {
  private static final int SHOWN = 40;

  private ReceiptJsonErrors() {}

  static String sentence(JacksonException e) {
    return what(e) + where(e);
  }

  private static String what(JacksonException e) {
    String path = path(e);
    if (e instanceof UnrecognizedPropertyException) {
      return "unknown member " + path;
    }
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      // the records' own checks: requireNonNull names the member, MerklePath says what is wrong
      return e.getCause() instanceof NullPointerException
          ? path + "." + e.getCause().getMessage() + " must not be null"
          : path + ": " + e.getCause().getMessage();
    }
    if (e instanceof InvalidNullException) {
      return path + " must be " + kind(((InvalidNullException) e).getTargetType()) + ", not null";
    }
    if (e instanceof MismatchedInputException m && !path.isEmpty()) {
      // Jackson's one way to say a creator's member is absent; pinned by ReceiptCheckTest
      return e.getOriginalMessage().startsWith("Missing creator property")
          ? "member " + path + " is missing"
          : path + " must be " + kind(m.getTargetType());
    }
    return e.getOriginalMessage() + (path.isEmpty() ? "" : " (in " + path + ")");
  }

  /** The member's path; each name cut and made printable, since it comes from the file. */
  private static String path(JacksonException e) {
    StringBuilder b = new StringBuilder();
    List<JacksonException.Reference> refs = e.getPath();
    for (JacksonException.Reference r : refs) {
      if (r.getPropertyName() != null) {
        b.append(b.length() == 0 ? "" : ".").append(printable(r.getPropertyName()));
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  private static String kind(Class<?> type) {
    if (type == null) {
      return "of another type";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == int.class || type == long.class || Number.class.isAssignableFrom(type)) {
      return "an integer (digits only: no quotes, no fraction, no exponent)";
    }
    if (List.class.isAssignableFrom(type)) {
      return "an array of strings";
    }
    return "an object";
  }

  private static String printable(String name) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < name.length() && i < SHOWN; i++) {
      char c = name.charAt(i);
      b.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    }
    return name.length() > SHOWN ? b + "..." : b.toString();
  }

  private static String where(JacksonException e) {
    return e.getLocation() == null || e.getLocation().getLineNr() < 0
        ? ""
        : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
  }
}
