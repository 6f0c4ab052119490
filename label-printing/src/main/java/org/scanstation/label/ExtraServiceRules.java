package org.scanstation.label;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which extra services go together and on which mail class, as pure rules with sentences for
 * people.
 *
 * <p>Where Certified Mail is sold: as we recall DMM 503 (Extra Services, Certified Mail, eligible
 * matter) and Publication 199, they name First-Class Mail and Priority Mail; USPS Ground Advantage
 * took over First-Class Package Service in July 2023 and with it Certified Mail. We could not check
 * the current DMM text from here, so this is the fallback set the issue named (First-Class Mail,
 * Priority Mail, Ground Advantage); Priority Mail Express is left out because it carries its own
 * proof of delivery and USPS does not sell Certified Mail on it.
 */
final class ExtraServiceRules {
  static final Set<MailService> CERTIFIED_CLASSES =
      EnumSet.of(
          MailService.FIRST_CLASS_MAIL, MailService.PRIORITY_MAIL, MailService.GROUND_ADVANTAGE);

  private ExtraServiceRules() {}

  static List<String> problems(MailService service, EnumSet<ExtraService> extras) {
    List<String> problems = new ArrayList<>();
    List<ExtraService> certified = extras.stream().filter(ExtraService::certified).toList();
    List<ExtraService> receipts = extras.stream().filter(e -> !e.certified()).toList();
    if (certified.size() > 1) {
      problems.add(
          "Certified Mail "
              + codes(certified)
              + " cannot go together: a piece has one kind of Certified Mail, choose one of"
              + " 910, 911, 912, 913");
    }
    if (receipts.size() > 1) {
      problems.add(
          "return receipt "
              + codes(receipts)
              + " cannot go together: choose hardcopy (955) or electronic (957)");
    }
    if (!certified.isEmpty() && !CERTIFIED_CLASSES.contains(service)) {
      problems.add(
          "Certified Mail ("
              + codes(certified)
              + ") is not sold with "
              + service.id()
              + "; use first-class-mail, priority-mail or ground-advantage");
    }
    if (!receipts.isEmpty() && !ExtraService.accountable(service, extras)) {
      problems.add(
          "return receipt ("
              + codes(receipts)
              + ") needs accountable mail: add Certified Mail (910-913) or ship"
              + " priority-mail-express");
    }
    return List.copyOf(problems);
  }

  private static String codes(List<ExtraService> extras) {
    return extras.stream().map(ExtraService::code).collect(Collectors.joining(" and "));
  }
}
