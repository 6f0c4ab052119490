package org.scanstation.station.domain.receipt;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict reader for the JSON a receipt may be: objects (a repeated member is an error), arrays,
 * strings, integers that fit a long, booleans and null, nested at most {@value #MAX_DEPTH} deep. A
 * fraction or an exponent is refused: a receipt has no floating point. Every error names the line
 * and column. Used by one thread.
 */
final class JsonText {
  static final int MAX_DEPTH = 8;

  private final String text;
  private int at;

  private JsonText(String text) {
    this.text = text;
  }

  /**
   * The tree of {@code text}: ordered maps, lists, strings, longs, booleans and nulls.
   *
   * @throws MalformedReceipt naming what is wrong and where
   */
  static Object parse(String text) {
    JsonText p = new JsonText(text);
    p.blank();
    Object v = p.value(0);
    p.blank();
    if (p.at < text.length()) {
      throw p.error("text after the end of the receipt");
    }
    return v;
  }

  private Object value(int depth) {
    if (at >= text.length()) {
      throw error("the text ends where a value should be");
    }
    char c = text.charAt(at);
    if (c == '{' || c == '[') {
      if (depth >= MAX_DEPTH) {
        throw error("nested deeper than a receipt ever is (" + MAX_DEPTH + " levels)");
      }
      return c == '{' ? object(depth + 1) : array(depth + 1);
    }
    if (c == '"') {
      return string();
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      return number();
    }
    for (String word : new String[] {"true", "false", "null"}) {
      if (text.startsWith(word, at)) {
        at += word.length();
        return word.equals("null") ? null : Boolean.valueOf(word);
      }
    }
    throw error("unexpected character '" + shown(c) + "'");
  }

  private Map<String, Object> object(int depth) {
    Map<String, Object> members = new LinkedHashMap<>();
    at++;
    blank();
    if (peek('}')) {
      return members;
    }
    while (true) {
      blank();
      if (at >= text.length() || text.charAt(at) != '"') {
        throw error("expected a member name in quotes");
      }
      int nameAt = at;
      String name = string();
      blank();
      expect(':');
      blank();
      Object v = value(depth);
      if (members.containsKey(name)) {
        at = nameAt;
        throw error("member \"" + name + "\" appears twice");
      }
      members.put(name, v);
      blank();
      if (peek('}')) {
        return members;
      }
      expect(',');
    }
  }

  private List<Object> array(int depth) {
    List<Object> items = new ArrayList<>();
    at++;
    blank();
    if (peek(']')) {
      return items;
    }
    while (true) {
      blank();
      items.add(value(depth));
      blank();
      if (peek(']')) {
        return items;
      }
      expect(',');
    }
  }

  private String string() {
    StringBuilder b = new StringBuilder();
    at++;
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c == '"') {
        return b.toString();
      }
      if (c < 0x20) {
        at--;
        throw error("a control character inside a string must be escaped");
      }
      b.append(c == '\\' ? escape() : c);
    }
    throw error("a string is not closed");
  }

  private char escape() {
    if (at >= text.length()) {
      throw error("a string is not closed");
    }
    char e = text.charAt(at++);
    int simple = "\"\\/bfnrt".indexOf(e);
    if (simple >= 0) {
      return "\"\\/\b\f\n\r\t".charAt(simple);
    }
    if (e == 'u'
        && at + 4 <= text.length()
        && text.substring(at, at + 4).chars().allMatch(HexFormat::isHexDigit)) {
      at += 4;
      return (char) HexFormat.fromHexDigits(text, at - 4, at);
    }
    at--;
    throw error(
        e == 'u' ? "\\u must be followed by four hex digits" : "unknown escape \\" + shown(e));
  }

  private Long number() {
    int start = at;
    if (text.charAt(at) == '-') {
      at++;
    }
    while (at < text.length() && Character.isDigit(text.charAt(at))) {
      at++;
    }
    if (at < text.length() && ".eE".indexOf(text.charAt(at)) >= 0) {
      throw error("a receipt has no floating-point numbers");
    }
    try {
      return Long.parseLong(text.substring(start, at));
    } catch (NumberFormatException e) {
      at = start;
      throw error("not an integer that fits 64 bits");
    }
  }

  private boolean peek(char c) {
    if (at < text.length() && text.charAt(at) == c) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error(
          at < text.length()
              ? "expected '" + c + "' but found '" + shown(text.charAt(at)) + "'"
              : "the text ends where '" + c + "' should be");
    }
  }

  private void blank() {
    while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }

  private static String shown(char c) {
    return c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c);
  }

  private MalformedReceipt error(String what) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < at && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new MalformedReceipt(what + " at line " + line + ", column " + column);
  }
}
