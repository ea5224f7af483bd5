package io.rollcall.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The CLI's side of {@code /admin/api-keys}: what it sends and how it reports the answer, against
 * an HTTP server that records requests and answers as meeting-service would (ApiKeyAdminTest covers
 * the endpoint itself).
 */
class ApiKeysCommandTest {

  private HttpServer server;
  private final List<String> requests = new ArrayList<>();
  private int status = 201;
  private String answer = "{\"key_id\":\"key:3f9a1c0b7d2e\",\"key\":\"rk_abc\"}";

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/admin/api-keys",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          requests.add(
              exchange.getRequestMethod()
                  + " "
                  + exchange.getRequestURI().getRawPath()
                  + " "
                  + exchange.getRequestHeaders().getFirst("Authorization")
                  + " "
                  + body);
          byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void createSendsTheScopesAndLabelWithTheStacksKeyAndPrintsTheKeyOnce() throws Exception {
    Result result = run("create", "--scopes", "attendance:read, host-links", "--label", "LMS");

    assertThat(result.status).isZero();
    assertThat(requests)
        .containsExactly(
            "POST /admin/api-keys Bearer admin-1"
                + " {\"scopes\":[\"attendance:read\",\"host-links\"],\"label\":\"LMS\"}");
    assertThat(result.out).contains("\"key\" : \"rk_abc\"");
    assertThat(result.err).contains("never shows it again");
  }

  @Test
  void revokeNamesTheKeyAndARefusalIsReportedWithItsDetail() throws Exception {
    status = 409;
    answer = "{\"status\":409,\"detail\":\"key key:aa is configured\"}";

    Result result = run("revoke", "key:aa");

    assertThat(result.status).isEqualTo(1);
    assertThat(requests).containsExactly("DELETE /admin/api-keys/key%3Aaa Bearer admin-1 ");
    assertThat(result.err).contains("409: key key:aa is configured");
  }

  @Test
  void usageErrorsSendNothing() throws Exception {
    assertThat(run("create").status).isEqualTo(2);
    assertThat(run("revoke").status).isEqualTo(2);
    assertThat(run("rotate").status).isEqualTo(2);
    assertThat(requests).isEmpty();
  }

  @Test
  void aStackThatIsDownIsSaidInOneLine() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort(); // closed again: nothing listens there
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        ApiKeysCommand.run(
            new String[] {"list"},
            Map.of(
                "ROLLCALL_API_KEYS", "admin-1", "ROLLCALL_MEETING_URL", "http://127.0.0.1:" + port),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    Result result = new Result(status, "", err.toString(StandardCharsets.UTF_8));

    assertThat(result.status).isEqualTo(1);
    assertThat(result.err.strip())
        .startsWith("meeting-service does not answer at http://127.0.0.1:" + port)
        .contains("./rollcall status")
        .doesNotContain("Exception")
        .hasLineCount(1);
  }

  private Result run(String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        ApiKeysCommand.run(
            args,
            Map.of(
                "ROLLCALL_API_KEYS",
                "admin-1,admin-2",
                "ROLLCALL_MEETING_URL",
                "http://127.0.0.1:" + server.getAddress().getPort()),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private record Result(int status, String out, String err) {}
}
