package org.scanstation.label;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A USPS extra service bought on top of a mail class, by its IMpb extra-service code (USPS
 * Publication 199): Certified Mail in its four kinds and Return Receipt, hardcopy or electronic.
 * Each has a stable name for import files and command lines, a display text for people, and the
 * mark a label prints under its banner. Immutable and thread-safe.
 */
public enum ExtraService {
  /** 910 Certified Mail. */
  CERTIFIED("910", "certified", "Certified Mail", "", true),
  /** 911 Certified Mail Restricted Delivery. */
  CERTIFIED_RESTRICTED_DELIVERY(
      "911",
      "certified-restricted-delivery",
      "Certified Mail Restricted Delivery",
      "RESTRICTED DELIVERY",
      true),
  /** 912 Certified Mail Adult Signature Required. */
  CERTIFIED_ADULT_SIGNATURE(
      "912",
      "certified-adult-signature",
      "Certified Mail Adult Signature Required",
      "ADULT SIGNATURE REQUIRED",
      true),
  /** 913 Certified Mail Adult Signature Restricted Delivery. */
  CERTIFIED_ADULT_SIGNATURE_RESTRICTED_DELIVERY(
      "913",
      "certified-adult-signature-restricted-delivery",
      "Certified Mail Adult Signature Restricted Delivery",
      "ADULT SIGNATURE RESTRICTED DELIVERY",
      true),
  /** 955 Return Receipt, the hardcopy card (PS Form 3811). */
  RETURN_RECEIPT("955", "return-receipt", "Return Receipt", "RETURN RECEIPT REQUESTED", false),
  /** 957 Return Receipt Electronic. */
  RETURN_RECEIPT_ELECTRONIC(
      "957",
      "return-receipt-electronic",
      "Return Receipt Electronic",
      "RETURN RECEIPT ELECTRONIC",
      false);

  private final String code;
  private final String id;
  private final String display;
  private final String mark;
  private final boolean certified;

  ExtraService(String code, String id, String display, String mark, boolean certified) {
    this.code = code;
    this.id = id;
    this.display = display;
    this.mark = mark;
    this.certified = certified;
  }

  /** The three-digit IMpb extra-service code, e.g. {@code 910}. */
  public String code() {
    return code;
  }

  /** The stable name import files and command lines use, e.g. {@code certified}. */
  public String id() {
    return id;
  }

  /** The name for people, e.g. {@code Certified Mail Restricted Delivery}. */
  public String display() {
    return display;
  }

  /** The mark the label prints under its banner; empty for plain Certified Mail. */
  public String mark() {
    return mark;
  }

  /** Whether this is one of the Certified Mail services (910-913). */
  public boolean certified() {
    return certified;
  }

  /**
   * Whether a piece is accountable mail, listed on a firm sheet (PS Form 3877): a Certified Mail
   * piece, or any Priority Mail Express piece whatever its extras. Pure.
   */
  public static boolean accountable(MailService service, Collection<ExtraService> extras) {
    Objects.requireNonNull(service, "service");
    return service == MailService.PRIORITY_MAIL_EXPRESS
        || extras.stream().anyMatch(ExtraService::certified);
  }

  /**
   * What is wrong with these extras on this service, one sentence each; empty when the combination
   * is one USPS sells. Pure.
   */
  public static List<String> problems(MailService service, Collection<ExtraService> extras) {
    return ExtraServiceRules.problems(service, EnumSet.copyOf(nonNull(extras)));
  }

  /** The extra service with this code ({@code 910}) or name ({@code certified}), in any case. */
  public static Optional<ExtraService> fromToken(String token) {
    String t = Objects.requireNonNull(token, "token").strip().toLowerCase(Locale.ROOT);
    for (ExtraService e : values()) {
      if (e.code.equals(t) || e.id.equals(t)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * The extras a {@code ;}-separated list names ({@code 910;955}, {@code
   * certified;return-receipt}), codes and names in any case, blanks ignored; sorted by code, each
   * once. Pure.
   *
   * @throws LabelException naming the first token that is no extra service, and the choices
   */
  public static List<ExtraService> parseList(String text) {
    EnumSet<ExtraService> found = EnumSet.noneOf(ExtraService.class);
    for (String token : Objects.requireNonNull(text, "text").split(";", -1)) {
      if (!token.isBlank()) {
        found.add(
            fromToken(token)
                .orElseThrow(
                    () ->
                        new LabelException(
                            "'"
                                + LabelText.clean(token.strip())
                                + "' is not an extra service; use codes or names separated by"
                                + " ';': "
                                + choices())));
      }
    }
    return List.copyOf(found);
  }

  /** Every code with its name, for messages: {@code 910 certified, 911 ...}. */
  public static String choices() {
    return EnumSet.allOf(ExtraService.class).stream()
        .map(e -> e.code + " " + e.id)
        .collect(Collectors.joining(", "));
  }

  /** The codes joined by {@code ;}, e.g. {@code 910;955}: how the station stores them. */
  public static String codes(Collection<ExtraService> extras) {
    return EnumSet.copyOf(nonNull(extras)).stream()
        .map(ExtraService::code)
        .collect(Collectors.joining(";"));
  }

  private static Collection<ExtraService> nonNull(Collection<ExtraService> extras) {
    Objects.requireNonNull(extras, "extras");
    return extras.isEmpty() ? EnumSet.noneOf(ExtraService.class) : extras;
  }
}
