package org.scanstation.station.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The local API's one definition: what the client sends is what the server's table matches. */
class LocalApiTest {
  private static List<LocalApi.Op<?, ?>> operations() throws IllegalAccessException {
    List<LocalApi.Op<?, ?>> ops = new ArrayList<>();
    for (var f : LocalApi.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == LocalApi.Op.class) {
        ops.add((LocalApi.Op<?, ?>) f.get(null));
      }
    }
    return ops;
  }

  @Test
  void everyRequestTheClientBuildsMatchesItsOwnRouteInTheServersTable() throws Exception {
    List<LocalApi.Op<?, ?>> ops = operations();
    assertThat(ops).hasSize(20);
    RouteTable.Builder b = RouteTable.builder();
    ops.forEach(op -> b.add(op.route(ex -> {})));
    RouteTable table = b.build();
    for (LocalApi.Op<?, ?> op : ops) {
      long names = Route.segments(op.path()).stream().filter(Route::isParameter).count();
      List<String> values = new ArrayList<>();
      for (int i = 0; i < names; i++) {
        values.add("a/b c+" + i);
      }
      Map<String, String> query = new HashMap<>();
      op.query().forEach(q -> query.put(q, "x"));
      String uri = op.uri(values, query);
      String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
      RouteTable.Match m = table.match(op.method(), path);
      assertThat(m).as(uri).isInstanceOf(RouteTable.Found.class);
      RouteTable.Found f = (RouteTable.Found) m;
      assertThat(f.route().template()).isEqualTo(LocalApi.BASE + op.path());
      assertThat(f.route().access()).isEqualTo(Access.TOKEN);
      assertThat(List.copyOf(f.parameters().values())).isEqualTo(values);
    }
  }

  @Test
  void theClientCannotSendAQueryParameterTheOperationDoesNotTake() {
    assertThat(LocalApi.OUTBOX.uri(List.of(), Map.of("limit", "5")))
        .isEqualTo("/api/v1/outbox?limit=5");
    assertThatThrownBy(() -> LocalApi.OUTBOX.uri(List.of(), Map.of("limt", "5")))
        .hasMessageContaining("limt");
    assertThatThrownBy(() -> LocalApi.PARCEL.uri(List.of(), Map.of()))
        .hasMessageContaining("{key}");
  }
}
