package org.scanstation.station.domain.policy;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.scanstation.station.domain.tracking.ParseResult;
import org.scanstation.station.domain.tracking.RejectReason;
import org.scanstation.station.domain.tracking.Rejection;
import org.scanstation.station.domain.tracking.ValidScan;

/**
 * The Mailer IDs whose parcels this station accepts. USPS only lets authorised Mailer IDs retrieve
 * tracking, so a station can be told to refuse parcels of other mailers. An empty list allows every
 * Mailer ID. Immutable and thread-safe.
 */
public final class MailerIdAllowList {
  private static final MailerIdAllowList ANY = new MailerIdAllowList(Set.of());

  private final Set<String> allowed;

  private MailerIdAllowList(Set<String> allowed) {
    this.allowed = allowed;
  }

  /** Allows every Mailer ID. */
  public static MailerIdAllowList any() {
    return ANY;
  }

  /**
   * Allows only the given Mailer IDs: 9 digits starting with 9, or 6 digits starting 0-8.
   *
   * @throws IllegalArgumentException naming the first entry that is not a Mailer ID
   */
  public static MailerIdAllowList of(Collection<String> mailerIds) {
    Objects.requireNonNull(mailerIds, "mailerIds");
    Set<String> set = new TreeSet<>();
    for (String raw : mailerIds) {
      String mid = raw.strip();
      if (!isMailerId(mid)) {
        throw new IllegalArgumentException(
            "'"
                + (mid.length() > 20 ? mid.substring(0, 20) + "..." : mid)
                + "' is not a Mailer ID: use 9 digits starting with 9, or 6 digits starting 0-8");
      }
      set.add(mid);
    }
    return set.isEmpty() ? ANY : new MailerIdAllowList(Set.copyOf(set));
  }

  /** Parses a comma-separated list; blank means allow any. */
  public static MailerIdAllowList parse(String commaSeparated) {
    if (commaSeparated == null || commaSeparated.isBlank()) {
      return ANY;
    }
    return of(List.of(commaSeparated.split(",")));
  }

  private static boolean isMailerId(String mid) {
    boolean digits = !mid.isEmpty() && mid.chars().allMatch(c -> c >= '0' && c <= '9');
    return digits
        && ((mid.length() == 9 && mid.charAt(0) == '9')
            || (mid.length() == 6 && mid.charAt(0) != '9'));
  }

  /** Whether the list restricts anything. */
  public boolean restricts() {
    return !allowed.isEmpty();
  }

  /** Passes rejections and allowed numbers through; refuses valid numbers of other mailers. */
  public ParseResult apply(ParseResult result) {
    if (result instanceof ValidScan valid && restricts()) {
      String mid = valid.trackingNumber().mailerId();
      if (!allowed.contains(mid)) {
        return new Rejection(
            RejectReason.MAILER_ID_NOT_ALLOWED,
            "Mailer ID " + mid + " is not authorised at this station; set the parcel aside");
      }
    }
    return result;
  }

  @Override
  public String toString() {
    return restricts() ? String.join(",", new TreeSet<>(allowed)) : "any";
  }
}
