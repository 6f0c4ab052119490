package org.scanstation.paperwork;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One accountable article on a firm sheet: a Certified Mail letter or parcel. Text fields are
 * display text; the sheet cleans and cuts them. Immutable.
 *
 * @param articleNumber the article (tracking) number; the sheet sorts by its digits
 * @param addresseeName the addressee's name
 * @param addresseeAddress the addressee's address lines; the sheet shows the first three
 * @param serviceName the mail class, e.g. {@code First-Class Mail}
 * @param extraServices the extra services bought; their fee columns are marked
 * @param postage the postage, when the station knows it
 * @param fees the fee of an extra service, when known; a column with no amount is left for the
 *     clerk
 */
public record AccountablePiece(
    String articleNumber,
    String addresseeName,
    List<String> addresseeAddress,
    String serviceName,
    Set<ExtraService> extraServices,
    Optional<BigDecimal> postage,
    Map<ExtraService, BigDecimal> fees) {

  /** Requires every field; empty text and no extra services are allowed. */
  public AccountablePiece {
    Objects.requireNonNull(articleNumber, "articleNumber");
    Objects.requireNonNull(addresseeName, "addresseeName");
    addresseeAddress = List.copyOf(addresseeAddress);
    Objects.requireNonNull(serviceName, "serviceName");
    // Enum order, not Set.of's per-run order: the document id is derived from this value.
    EnumSet<ExtraService> services = EnumSet.noneOf(ExtraService.class);
    services.addAll(extraServices);
    extraServices = Collections.unmodifiableSet(services);
    Objects.requireNonNull(postage, "postage");
    EnumMap<ExtraService, BigDecimal> amounts = new EnumMap<>(ExtraService.class);
    amounts.putAll(fees);
    fees = Collections.unmodifiableMap(amounts);
  }

  /** A piece whose postage and fees are left for the clerk to write in. */
  public static AccountablePiece unpriced(
      String articleNumber,
      String addresseeName,
      List<String> addresseeAddress,
      String serviceName,
      Set<ExtraService> extraServices) {
    return new AccountablePiece(
        articleNumber,
        addresseeName,
        addresseeAddress,
        serviceName,
        extraServices,
        Optional.empty(),
        Map.of());
  }
}
