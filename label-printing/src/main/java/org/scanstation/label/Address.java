package org.scanstation.label;

/**
 * A postal address as it came from outside (an imported order, a command line). Every part is free
 * text, may be empty and is never null; the label cleans, wraps and shortens it when it prints it.
 * Immutable and thread-safe.
 *
 * @param name person or company
 * @param street1 first street line
 * @param street2 second street line (apartment, suite)
 * @param city city
 * @param state state, usually two letters
 * @param zip ZIP or ZIP+4 as written
 */
public record Address(
    String name, String street1, String street2, String city, String state, String zip) {

  /** Turns null parts into empty text. */
  public Address {
    name = orEmpty(name);
    street1 = orEmpty(street1);
    street2 = orEmpty(street2);
    city = orEmpty(city);
    state = orEmpty(state);
    zip = orEmpty(zip);
  }

  /** Whether every part is blank. */
  public boolean isBlank() {
    return name.isBlank()
        && street1.isBlank()
        && street2.isBlank()
        && city.isBlank()
        && state.isBlank()
        && zip.isBlank();
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
