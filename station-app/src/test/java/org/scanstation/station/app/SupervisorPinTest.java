package org.scanstation.station.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scanstation.common.testing.MutableClock;

class SupervisorPinTest {
  private static final SupervisorPin.Client PAGE = new SupervisorPin.Client("127.0.0.1", "");
  private static final SupervisorPin.Client OTHER = new SupervisorPin.Client("127.0.0.1", "s-2");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
  private final List<String> audit = new ArrayList<>();
  private final SupervisorPin pin =
      new SupervisorPin("2468", clock, (actor, detail) -> audit.add(actor + ": " + detail));

  @Test
  void requestsWithoutAPinAreRefusedWithoutCountingOrWriting() {
    for (int i = 0; i < 1000; i++) {
      assertThatThrownBy(() -> pin.check(null, "eve", PAGE))
          .isInstanceOf(SupervisorPin.Refused.class)
          .hasMessage("supervisor PIN required");
      assertThatThrownBy(() -> pin.check("", "eve", PAGE)).hasMessage("supervisor PIN required");
    }
    pin.check("2468", "sup", PAGE);
    pin.flush();
    assertThat(audit).isEmpty();
  }

  @Test
  void anotherClientsWrongPinsDoNotLockOutTheSupervisor() {
    for (int i = 0; i < 50; i++) {
      assertThatThrownBy(() -> pin.check("1111", "eve", OTHER))
          .isInstanceOf(SupervisorPin.Refused.class);
    }
    assertThatThrownBy(() -> pin.check("2468", "eve", OTHER)).hasMessageContaining("too many");
    pin.check("2468", "sup", PAGE);
    assertThat(audit).singleElement().asString().startsWith("eve: wrong supervisor PIN from");
    clock.advance(SupervisorPin.WINDOW);
    pin.check("2468", "eve", OTHER);
    assertThat(audit)
        .hasSize(2)
        .last()
        .asString()
        .contains("50 more PIN refusals from 127.0.0.1")
        .contains("too many wrong PINs; try again in a few minutes x46")
        .contains("wrong supervisor PIN x4")
        .doesNotContain("2468")
        .doesNotContain("1111");
  }

  @Test
  void aFailingAuditNeverTurnsARightPinIntoARefusal() {
    SupervisorPin broken =
        new SupervisorPin(
            "2468",
            clock,
            (actor, detail) -> {
              throw new IllegalStateException("store unavailable");
            });
    assertThatThrownBy(() -> broken.check("1", "eve", PAGE)).hasMessage("wrong supervisor PIN");
    assertThatThrownBy(() -> broken.check("2", "eve", PAGE)).hasMessage("wrong supervisor PIN");
    clock.advance(Duration.ofMinutes(6));
    broken.check("2468", "sup", PAGE);
  }
}
