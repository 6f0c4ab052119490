package org.scanstation.label;

import java.util.Objects;
import java.util.Optional;

/**
 * The USPS service a label is printed for: the letter in the service icon, the banner text and a
 * stable id used on command lines and in shipment files.
 */
public enum MailService {
  /** Priority Mail: icon P. */
  PRIORITY_MAIL("priority-mail", "P", "USPS PRIORITY MAIL"),
  /** Priority Mail Express: icon E. */
  PRIORITY_MAIL_EXPRESS("priority-mail-express", "E", "USPS PRIORITY MAIL EXPRESS"),
  /** Ground Advantage: icon G. */
  GROUND_ADVANTAGE("ground-advantage", "G", "USPS GROUND ADVANTAGE"),
  /**
   * First-Class Mail: icon F. Letter and banner as USPS Publication 199 (the IMpb guide's service
   * icon and banner tables) gives them for First-Class Mail; quoted from memory of the guide, not
   * checked against its current edition here.
   */
  FIRST_CLASS_MAIL("first-class-mail", "F", "USPS FIRST-CLASS MAIL");

  private final String id;
  private final String iconLetter;
  private final String banner;

  MailService(String id, String iconLetter, String banner) {
    this.id = id;
    this.iconLetter = iconLetter;
    this.banner = banner;
  }

  /** The stable id, e.g. {@code priority-mail}: what command lines and shipment files use. */
  public String id() {
    return id;
  }

  /** The letter in the service icon box: {@code P}, {@code E}, {@code G} or {@code F}. */
  public String iconLetter() {
    return iconLetter;
  }

  /** The full-width service banner, e.g. {@code USPS PRIORITY MAIL}. */
  public String banner() {
    return banner;
  }

  /** The service with this id (exact, lower case), if there is one. */
  public static Optional<MailService> fromId(String id) {
    Objects.requireNonNull(id, "id");
    for (MailService s : values()) {
      if (s.id.equals(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
