package org.scanstation.simulator.admin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.scanstation.common.QueryString;
import org.scanstation.simulator.SimulatorException;
import org.scanstation.simulator.net.HttpServers;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP endpoint on the loopback address to watch and switch a running device's faults:
 *
 * <pre>
 * GET    /status                 faults, counters, address (JSON)
 * GET    /received               jobs (printer) or requests (backend) received (JSON)
 * POST   /faults/NAME[?value=V]  turn a fault on or set its value (the body may carry V instead)
 * DELETE /faults/NAME            turn it off
 * DELETE /faults                 turn every fault off
 * </pre>
 *
 * Errors answer 400 with {@code {"error": "..."}}, among them a query parameter a request does not
 * take or one given twice (only {@code value}, and only on {@code POST /faults/NAME}). Runs on one
 * daemon thread; thread-safe.
 */
public final class AdminServer implements AutoCloseable {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Set<String> VALUE = Set.of("value");

  private final FaultControl control;
  private final HttpServer server;

  private AdminServer(FaultControl control, HttpServer server) {
    this.control = control;
    this.server = server;
  }

  /**
   * Starts on 127.0.0.1:{@code port} (0: ephemeral).
   *
   * @throws SimulatorException when the port cannot be bound
   */
  public static AdminServer start(FaultControl control, int port) {
    try {
      HttpServer s =
          HttpServers.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10);
      AdminServer admin = new AdminServer(control, s);
      s.createContext("/", admin::handle);
      s.start();
      return admin;
    } catch (IOException e) {
      throw new SimulatorException(
          "admin endpoint: cannot listen on 127.0.0.1:" + port + " (" + e.getMessage() + ")", e);
    }
  }

  /** Where it listens: {@code http://127.0.0.1:PORT}. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String body = read(ex.getRequestBody());
      try {
        send(ex, 200, route(ex.getRequestMethod(), ex.getRequestURI(), body));
      } catch (IllegalArgumentException e) {
        send(ex, 400, Map.of("error", e.getMessage()));
      } catch (NotFound e) {
        send(ex, 404, Map.of("error", e.getMessage()));
      } catch (RuntimeException e) {
        send(ex, 500, Map.of("error", String.valueOf(e.getMessage())));
      }
    }
  }

  private Object route(String method, URI uri, String body) {
    String path = uri.getPath();
    if (method.equals("GET") && path.equals("/status")) {
      noParameters(uri);
      return control.status();
    }
    if (method.equals("GET") && path.equals("/received")) {
      noParameters(uri);
      return control.received();
    }
    if (method.equals("DELETE") && path.equals("/faults")) {
      noParameters(uri);
      control.clearAll();
      return control.status();
    }
    if (path.startsWith("/faults/") && path.length() > "/faults/".length()) {
      String fault = path.substring("/faults/".length());
      if (method.equals("POST")) {
        String value = QueryString.parse(uri.getRawQuery(), VALUE).get("value");
        control.set(fault, value != null ? value : body.isBlank() ? null : body.strip());
        return control.status();
      }
      if (method.equals("DELETE")) {
        noParameters(uri);
        control.clear(fault);
        return control.status();
      }
    }
    throw new NotFound(
        method
            + " "
            + path
            + " is not here; use GET /status, GET /received,"
            + " POST|DELETE /faults/NAME, DELETE /faults");
  }

  /** A misspelt parameter would otherwise be ignored and the fault set to its default. */
  private static void noParameters(URI uri) {
    QueryString.parse(uri.getRawQuery(), Set.of());
  }

  private static void send(HttpExchange ex, int status, Object body) throws IOException {
    byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String read(InputStream in) throws IOException {
    try (in) {
      return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** An unknown admin path. */
  private static final class NotFound extends RuntimeException {
    NotFound(String message) {
      super(message, null, false, false);
    }
  }
}
