package org.scanstation.fleet.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scanstation.fleet.dispatch.CallMeter;

class FleetPageTest {
  @Test
  void everyTextFromTheWireIsEscaped() {
    FleetSnapshot s =
        new FleetSnapshot(
            "2026-12-01T10:00:00Z",
            "g\"><script>",
            10,
            5,
            List.of(1),
            new CallMeter.Counts(4.5, 10, 1, 2, 3, 4, "HTTP 401 <marquee>"),
            List.of(new PartitionLag(1, 9, 7, 2)),
            List.of(
                new FleetSnapshot.Station(
                    "<script>alert(1)</script>",
                    null,
                    "x'y",
                    true,
                    3,
                    4,
                    5,
                    List.of("p&1"),
                    "v<")));
    String html = FleetPage.render(s);
    assertThat(html).doesNotContain("<script>").doesNotContain("<marquee>");
    assertThat(html)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("g&quot;&gt;&lt;script&gt;")
        .contains("x&#39;y")
        .contains("p&amp;1")
        .contains("HTTP 401 &lt;marquee&gt;")
        .contains("4.50");
  }

  @Test
  void controlCharactersDoNotReachThePage() {
    assertThat(Html.escape("a\u0000b\nc\td")).isEqualTo("a?b?c\td");
    assertThat(Html.escape(null)).isEmpty();
  }
}
