package org.scanstation.station.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SessionsTest {
  private final Sessions sessions =
      new Sessions(Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC));

  private static String cookie(String setCookie) {
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  @Test
  void signInsBeyondTheCapForgetOldSessionsInsteadOfFillingTheHeap() {
    for (int i = 0; i < Sessions.MAX_SESSIONS * 3; i++) {
      sessions.signIn("op" + i);
    }
    String newest = cookie(sessions.signIn("ana"));
    assertThat(sessions.size()).isLessThanOrEqualTo(Sessions.MAX_SESSIONS);
    assertThat(sessions.operator(newest)).contains("ana");
  }

  @Test
  void onlyALiveSessionIsAKeyNeverAMadeUpCookie() {
    String c = cookie(sessions.signIn("ana"));
    assertThat(sessions.token(c)).contains(c.substring(c.indexOf('=') + 1));
    assertThat(sessions.token(Sessions.COOKIE + "=made-up")).isEmpty();
    assertThat(sessions.token(null)).isEmpty();
    sessions.signOut(c);
    assertThat(sessions.token(c)).isEmpty();
  }
}
