package org.scanstation.simulator.shift;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.scanstation.simulator.usps.UspsNumbers;

/**
 * Generates a shift: {@code parcels} scans drawn from a {@link ShiftMix} with a seed, each with the
 * outcome the station should give when its Mailer ID allow-list is exactly {@code mailerIds}. The
 * same arguments always give the same shift. Numbers are made here ({@link UspsNumbers}), never by
 * the station's code, so the two check each other. Stateless.
 */
public final class ShiftPlan {
  /** Mailer IDs allowed by default: one 6-digit, one 9-digit. */
  public static final List<String> DEFAULT_MAILER_IDS = List.of("123456", "912345678");

  private ShiftPlan() {}

  /**
   * A shift of {@code parcels} scans.
   *
   * @param mailerIds the station's allow-list; valid numbers use these, unauthorized ones others
   * @throws IllegalArgumentException when parcels is negative or a Mailer ID is malformed
   */
  public static List<ExpectedScan> generate(
      int parcels, ShiftMix mix, long seed, List<String> mailerIds) {
    Objects.requireNonNull(mix, "mix");
    if (parcels < 0) {
      throw new IllegalArgumentException("parcels must be >= 0, not " + parcels);
    }
    if (mailerIds.isEmpty()) {
      throw new IllegalArgumentException("at least one allowed Mailer ID is needed");
    }
    for (String mid : mailerIds) {
      if (!UspsNumbers.isMailerId(mid)) {
        throw new IllegalArgumentException(
            "'" + mid + "' is not a Mailer ID: 9 digits starting with 9, or 6 starting 0-8");
      }
    }
    return new Generator(new Random(seed), mix, List.copyOf(mailerIds)).run(parcels);
  }

  /** One generation run: remembers accepted numbers for duplicates and avoids repeats. */
  private static final class Generator {
    private final Random random;
    private final ShiftMix mix;
    private final List<String> mailerIds;
    private final Set<String> used = new HashSet<>();
    private final List<String> accepted = new ArrayList<>();

    Generator(Random random, ShiftMix mix, List<String> mailerIds) {
      this.random = random;
      this.mix = mix;
      this.mailerIds = mailerIds;
    }

    List<ExpectedScan> run(int parcels) {
      List<ExpectedScan> scans = new ArrayList<>(parcels);
      for (int seq = 1; seq <= parcels; seq++) {
        scans.add(next(seq, mix.draw(random)));
      }
      return scans;
    }

    private ExpectedScan next(int seq, ScanKind kind) {
      return switch (kind) {
        case VALID -> valid(seq);
        case DUPLICATE -> accepted.isEmpty() ? valid(seq) : duplicate(seq);
        case TYPO -> typo(seq);
        case JUNK -> junk(seq);
        case UNAUTHORIZED -> unauthorized(seq);
        case AMBIGUOUS -> ambiguous(seq);
      };
    }

    private ExpectedScan valid(int seq) {
      String number = fresh(allowedMid(), random.nextInt(5) == 0 ? 26 : 22);
      accepted.add(number);
      ScanForms.Rendered r = ScanForms.any(random, number);
      return new ExpectedScan(
          seq, r.scan(), ScanKind.VALID, r.form(), Outcome.ACCEPTED, null, number, r.zip());
    }

    private ExpectedScan duplicate(int seq) {
      String number = accepted.get(random.nextInt(accepted.size()));
      ScanForms.Rendered r = ScanForms.any(random, number);
      return new ExpectedScan(
          seq, r.scan(), ScanKind.DUPLICATE, r.form(), Outcome.DUPLICATE, null, number, r.zip());
    }

    private ExpectedScan typo(int seq) {
      String mid = allowedMid();
      String number = fresh(mid, 22);
      // Change one serial or check digit: channel and Mailer ID stay, so only the check fails.
      int at = 5 + mid.length() + random.nextInt(22 - 5 - mid.length());
      char wrong = (char) ('0' + (number.charAt(at) - '0' + 1 + random.nextInt(9)) % 10);
      String typo = number.substring(0, at) + wrong + number.substring(at + 1);
      ScanForms.Rendered r = ScanForms.simple(random, typo);
      return new ExpectedScan(
          seq,
          r.scan(),
          ScanKind.TYPO,
          r.form(),
          Outcome.REJECTED,
          RejectCode.BAD_CHECK_DIGIT,
          null,
          r.zip());
    }

    private ExpectedScan junk(int seq) {
      JunkScans.Junk j = JunkScans.draw(random, fresh(allowedMid(), 22));
      return new ExpectedScan(
          seq, j.scan(), ScanKind.JUNK, j.form(), Outcome.REJECTED, j.reason(), null, null);
    }

    private ExpectedScan unauthorized(int seq) {
      String mid;
      do {
        mid = UspsNumbers.mailerId(random);
      } while (mailerIds.contains(mid));
      String number = fresh(mid, 22);
      ScanForms.Rendered r = ScanForms.any(random, number);
      return new ExpectedScan(
          seq,
          r.scan(),
          ScanKind.UNAUTHORIZED,
          r.form(),
          Outcome.REJECTED,
          RejectCode.MAILER_ID_NOT_ALLOWED,
          number,
          r.zip());
    }

    private ExpectedScan ambiguous(int seq) {
      ScanForms.Rendered r = ScanForms.ambiguous(random, fresh(allowedMid(), 22));
      return new ExpectedScan(
          seq,
          r.scan(),
          ScanKind.AMBIGUOUS,
          r.form(),
          Outcome.REJECTED,
          RejectCode.AMBIGUOUS_ROUTING,
          null,
          null);
    }

    private String allowedMid() {
      return mailerIds.get(random.nextInt(mailerIds.size()));
    }

    /** A number not drawn before in this shift. */
    private String fresh(String mid, int length) {
      String n;
      do {
        n = UspsNumbers.impb(random, mid, length);
      } while (!used.add(n));
      return n;
    }
  }
}
