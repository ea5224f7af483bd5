package io.rollcall.meeting.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A pass-through HTTP proxy in front of the zoom-simulator that can make the next N calls of a path
 * fail with a status of our choosing, as Zoom does during an incident. The simulator has no failure
 * switch of its own for 5xx; with this, the real client meets real failures on the wire.
 */
public final class FaultProxy {
  private static final Set<String> HOP_HEADERS =
      Set.of("connection", "content-length", "host", "transfer-encoding", "upgrade", "expect");

  /** Fail the next {@code remaining} requests whose path contains {@code pathPart}. */
  private record Fault(String pathPart, int status, String body, AtomicInteger remaining) {}

  private final HttpServer server;
  private final String target;
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<Fault> faults = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();

  private FaultProxy(HttpServer server, String target) {
    this.server = server;
    this.target = target;
  }

  static FaultProxy start(String target) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      FaultProxy proxy = new FaultProxy(server, target);
      server.createContext("/", proxy::handle);
      server.setExecutor(Executors.newFixedThreadPool(8));
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "fault-proxy-stop"));
      return proxy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public void failNext(String pathPart, int count, int status) {
    faults.add(
        new Fault(
            pathPart,
            status,
            "{\"code\":" + status + ",\"message\":\"Injected failure\"}",
            new AtomicInteger(count)));
  }

  /** How many requests whose "METHOD path" contains {@code part} went through (or failed). */
  public long requests(String part) {
    return seen.stream().filter(s -> s.contains(part)).count();
  }

  public void clearFaults() {
    faults.clear();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getRawPath();
      seen.add(exchange.getRequestMethod() + " " + path);
      for (Fault fault : faults) {
        if (path.contains(fault.pathPart()) && fault.remaining().getAndDecrement() > 0) {
          respond(exchange, fault.status(), fault.body().getBytes(StandardCharsets.UTF_8));
          return;
        }
      }
      forward(exchange);
    }
  }

  private void forward(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI().toString()))
            .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              if (!HOP_HEADERS.contains(name.toLowerCase())) {
                values.forEach(v -> request.header(name, v));
              }
            });
    try {
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      response
          .headers()
          .map()
          .forEach(
              (name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase()) && !name.startsWith(":")) {
                  exchange.getResponseHeaders().put(name, values);
                }
              });
      respond(exchange, response.statusCode(), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      respond(exchange, 502, new byte[0]);
    }
  }

  private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
    if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
      exchange.getResponseHeaders().add("Content-Type", "application/json");
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
