package org.scanstation.station.domain.receipt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The members of one JSON object of a receipt, read by name and type; every error names the member
 * by its path (e.g. {@code manifest.pieces}). Used by one thread.
 */
final class JsonFields {
  private final Map<?, ?> members;
  private final String where;

  private JsonFields(Map<?, ?> members, String where) {
    this.members = members;
    this.where = where;
  }

  static JsonFields of(Object tree, String where) {
    if (!(tree instanceof Map<?, ?> m)) {
      throw new MalformedReceipt(where + " must be a JSON object");
    }
    return new JsonFields(m, where);
  }

  /** Requires exactly these members: none missing, none other. */
  void only(String... names) {
    Set<String> known = Set.of(names);
    for (Object name : members.keySet()) {
      if (!known.contains(name)) {
        throw new MalformedReceipt("unknown member " + name(String.valueOf(name)));
      }
    }
    for (String name : names) {
      if (!members.containsKey(name)) {
        throw new MalformedReceipt("member " + name(name) + " is missing");
      }
    }
  }

  String text(String name) {
    String v = optionalText(name);
    if (v == null) {
      throw new MalformedReceipt(name(name) + " must be a string, not null");
    }
    return v;
  }

  String optionalText(String name) {
    Object v = members.get(name);
    if (v != null && !(v instanceof String)) {
      throw new MalformedReceipt(name(name) + " must be a string");
    }
    return (String) v;
  }

  long integer(String name) {
    if (!(members.get(name) instanceof Long v)) {
      throw new MalformedReceipt(name(name) + " must be an integer");
    }
    return v;
  }

  int smallInteger(String name) {
    long v = integer(name);
    if (v < 0 || v > Integer.MAX_VALUE) {
      throw new MalformedReceipt(name(name) + " must be between 0 and " + Integer.MAX_VALUE);
    }
    return (int) v;
  }

  List<String> texts(String name) {
    if (!(members.get(name) instanceof List<?> items)) {
      throw new MalformedReceipt(name(name) + " must be an array of strings");
    }
    List<String> out = new ArrayList<>(items.size());
    for (Object item : items) {
      if (!(item instanceof String s)) {
        throw new MalformedReceipt(name(name) + " must be an array of strings");
      }
      out.add(s);
    }
    return out;
  }

  JsonFields object(String name) {
    JsonFields f = optionalObject(name);
    if (f == null) {
      throw new MalformedReceipt(name(name) + " must be an object, not null");
    }
    return f;
  }

  JsonFields optionalObject(String name) {
    Object v = members.get(name);
    return v == null ? null : of(v, name(name));
  }

  private String name(String member) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < member.length() && i < 40; i++) {
      char c = member.charAt(i);
      b.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    }
    String shown = member.length() > 40 ? b + "..." : b.toString();
    return where.equals("the receipt") ? shown : where + "." + shown;
  }
}
