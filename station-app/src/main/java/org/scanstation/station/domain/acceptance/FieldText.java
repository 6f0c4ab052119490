package org.scanstation.station.domain.acceptance;

/**
 * The one field encoding the station hashes and signs: each field written as its length, a colon,
 * the text and a semicolon ({@code 5:10001;}), so no two different field lists give the same text.
 * The length counts UTF-16 code units ({@link String#length()}); the text is hashed or signed as
 * UTF-8. The hash chain writes every field; a receipt also writes {@value #ABSENT} for a member
 * that is absent (null), which no written field can be mistaken for, since every field starts with
 * a digit. Not thread-safe: one builder per text.
 */
public final class FieldText {
  /** What an absent (null) member is written as. */
  public static final String ABSENT = "-;";

  private final StringBuilder text = new StringBuilder(256);

  /** The text of these fields, none of them null. */
  public static String of(String... fields) {
    FieldText t = new FieldText();
    for (String field : fields) {
      t.add(field);
    }
    return t.text();
  }

  /** Appends {@code field}, which must not be null. */
  public FieldText add(String field) {
    text.append(field.length()).append(':').append(field).append(';');
    return this;
  }

  /** Appends an integer in plain decimal. */
  public FieldText add(long field) {
    return add(Long.toString(field));
  }

  /** Appends {@code field}, or {@value #ABSENT} when it is null. */
  public FieldText addOrAbsent(String field) {
    if (field == null) {
      text.append(ABSENT);
      return this;
    }
    return add(field);
  }

  /** Appends {@value #ABSENT}: a member that is absent as a whole, e.g. a carrier event. */
  public FieldText absent() {
    text.append(ABSENT);
    return this;
  }

  /** The text so far. */
  public String text() {
    return text.toString();
  }
}
