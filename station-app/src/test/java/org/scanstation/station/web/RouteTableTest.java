package org.scanstation.station.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouteTableTest {
  private static final Route.Handler NOTHING = ex -> {};

  private static Route route(String method, String template) {
    return Route.of(method, template, Access.OPEN, NOTHING);
  }

  private static final RouteTable TABLE =
      RouteTable.builder()
          .add(
              route("GET", "/"),
              route("GET", "/health"),
              route("GET", "/ui/supervisor/parcels/{key}"),
              route("GET", "/ui/supervisor/parcels/{key}/label.png"),
              route("GET", "/api/v1/outbox"),
              route("GET", "/api/v1/outbox/{eventId}"),
              route("GET", "/api/v1/outbox/stats"),
              route("POST", "/api/v1/outbox/{eventId}/retry"),
              route("POST", "/api/v1/outbox/retry-all"),
              route("GET", "/ui/session"),
              route("POST", "/ui/session"),
              route("DELETE", "/ui/session"))
          .build();

  private static RouteTable.Found found(String method, String path) {
    RouteTable.Match m = TABLE.match(method, path);
    assertThat(m).as(method + " " + path).isInstanceOf(RouteTable.Found.class);
    return (RouteTable.Found) m;
  }

  @Test
  void aTemplateMatchesItsLiteralSegmentsAndBindsEachNameToOneWholeSegment() {
    RouteTable.Found label = found("GET", "/ui/supervisor/parcels/9400111/label.png");
    assertThat(label.route().template()).isEqualTo("/ui/supervisor/parcels/{key}/label.png");
    assertThat(label.parameters()).containsExactly(Map.entry("key", "9400111"));
    assertThat(found("GET", "/ui/supervisor/parcels/9400111").parameters())
        .containsExactly(Map.entry("key", "9400111"));
    assertThat(found("GET", "/").route().template()).isEqualTo("/");
    assertThat(found("POST", "/api/v1/outbox/e-1/retry").parameters())
        .containsEntry("eventId", "e-1");
  }

  @Test
  void aLiteralSegmentBeatsANameWhereBothMatch() {
    assertThat(found("GET", "/api/v1/outbox/stats").route().template())
        .isEqualTo("/api/v1/outbox/stats");
    assertThat(found("GET", "/api/v1/outbox/e-7").parameters()).containsEntry("eventId", "e-7");
    assertThat(found("POST", "/api/v1/outbox/retry-all").route().template())
        .isEqualTo("/api/v1/outbox/retry-all");
  }

  @Test
  void eachSegmentIsDecodedOnceAndAnEncodedSlashStaysInsideItsSegment() {
    assertThat(found("GET", "/ui/supervisor/parcels/A%2FB%20C+D").parameters())
        .containsEntry("key", "A/B C+D");
    assertThat(found("GET", "/ui/supervisor/parcels/%2541").parameters())
        .as("decoded once: %2541 is the text %41, not A")
        .containsEntry("key", "%41");
    assertThat(TABLE.match("GET", "/ui/supervisor/parcels/A/B"))
        .as("a raw slash is a separator: no template has that shape")
        .isInstanceOf(RouteTable.NoPath.class);
    assertThatThrownBy(() -> TABLE.match("GET", "/ui/supervisor/parcels/%zz"))
        .isInstanceOf(HttpError.class)
        .hasMessageContaining("%-escape")
        .satisfies(e -> assertThat(((HttpError) e).status()).isEqualTo(400));
  }

  @Test
  void anUnknownPathIsNoPathAndAKnownPathWithAnotherMethodNamesTheAllowedOnes() {
    for (String path :
        List.of("/nope", "/health/", "/healthz", "/ui/supervisor/parcels/", "/ui", "")) {
      assertThat(TABLE.match("GET", path)).as(path).isInstanceOf(RouteTable.NoPath.class);
    }
    assertThat(TABLE.match("PUT", "/ui/session"))
        .isEqualTo(new RouteTable.WrongMethod(Set.of("DELETE", "GET", "POST")));
    assertThat(((RouteTable.WrongMethod) TABLE.match("PUT", "/ui/session")).allowed())
        .containsExactly("DELETE", "GET", "POST");
    assertThat(TABLE.match("POST", "/health")).isEqualTo(new RouteTable.WrongMethod(Set.of("GET")));
    assertThat(TABLE.match("GET", "/api/v1/outbox/e-1/retry"))
        .isEqualTo(new RouteTable.WrongMethod(Set.of("POST")));
  }

  @Test
  void aTableRefusesTwoRoutesOfTheSameShapeAndMalformedTemplates() {
    assertThatThrownBy(
            () -> RouteTable.builder().add(route("GET", "/a/{x}"), route("GET", "/a/{y}")))
        .hasMessageContaining("two routes for GET /a/{}");
    assertThatThrownBy(() -> route("GET", "a")).hasMessageContaining("start with '/'");
    assertThatThrownBy(() -> route("GET", "/a/{x}.png")).hasMessageContaining("not a {name}");
    assertThatThrownBy(() -> route("GET", "/a/{x}/{x}")).hasMessageContaining("twice");
  }

  @Test
  void aGuardedRouteNeedsItsGuard() {
    Route scan = Route.of("POST", "/ui/scan", Access.PACKER, NOTHING);
    assertThatThrownBy(() -> RouteTable.builder().add(scan).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("POST /ui/scan needs a guard for PACKER");
    assertThat(RouteTable.builder().add(scan).guard(Access.PACKER, ex -> {}).build().routes())
        .containsExactly(scan);
    assertThatThrownBy(() -> RouteTable.builder().guard(Access.TOKEN, ex -> {}))
        .hasMessageContaining("TOKEN");
  }
}
