package io.rollcall.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ./rollcall keys}: API keys of a tenant through meeting-service's admin endpoint ({@code
 * /admin/api-keys}, docs/tenants.md), with an admin credential of that tenant.
 *
 * <pre>
 *   keys create --scopes attendance:read[,meetings:write,...] [--label TEXT]
 *   keys list
 *   keys revoke KEY_ID
 * </pre>
 *
 * Settings: {@code --url} / {@code ROLLCALL_MEETING_URL} (meeting-service, default {@code
 * http://127.0.0.1:8084}), {@code --admin-key} / {@code ROLLCALL_ADMIN_KEY} (default: the first of
 * {@code ROLLCALL_API_KEYS}, which {@code ./rollcall} sets to the stack's key). Exit status 0 on
 * success, 1 when meeting-service refused (its problem detail is printed), 2 on a usage error.
 */
public final class ApiKeysCommand {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ApiKeysCommand() {}

  /** Runs one sub-command; see the class comment. */
  public static void main(String[] args) throws IOException, InterruptedException {
    System.exit(run(args, System.getenv(), System.out, System.err));
  }

  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err)
      throws IOException, InterruptedException {
    if (args.length == 0) {
      return usage(err);
    }
    String sub = args[0];
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    String positional = rest.length % 2 == 1 ? rest[0] : null;
    LaunchOptions options =
        new LaunchOptions(
            positional == null ? rest : Arrays.copyOfRange(rest, 1, rest.length), env);
    String url = options.text("url", "ROLLCALL_MEETING_URL", "http://127.0.0.1:8084");
    String adminKey = options.text("admin-key", "ROLLCALL_ADMIN_KEY", firstApiKey(env));
    if (adminKey == null) {
      err.println("no admin credential: set ROLLCALL_ADMIN_KEY or pass --admin-key");
      return 2;
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder()
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + adminKey)
            .header("Accept", "application/json");
    switch (sub) {
      case "create" -> {
        String scopes = options.text("scopes", "ROLLCALL_KEY_SCOPES", null);
        if (scopes == null) {
          err.println("keys create needs --scopes, e.g. --scopes attendance:read");
          return 2;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scopes", Arrays.stream(scopes.split(",")).map(String::strip).toList());
        body.put("label", options.text("label", "ROLLCALL_KEY_LABEL", null));
        request
            .uri(URI.create(url + "/admin/api-keys"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
      }
      case "list" -> request.uri(URI.create(url + "/admin/api-keys")).GET();
      case "revoke" -> {
        if (positional == null) {
          err.println("keys revoke needs the key id, e.g. keys revoke key:3f9a1c0b7d2e");
          return 2;
        }
        request
            .uri(
                URI.create(
                    url
                        + "/admin/api-keys/"
                        + URLEncoder.encode(positional, StandardCharsets.UTF_8)))
            .DELETE();
      }
      default -> {
        return usage(err);
      }
    }
    HttpResponse<String> response;
    try {
      response =
          HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (ConnectException e) {
      err.println(
          "meeting-service does not answer at "
              + url
              + ": is the stack up (./rollcall status)? Another address: --url or"
              + " ROLLCALL_MEETING_URL");
      return 1;
    }
    if (response.statusCode() / 100 != 2) {
      JsonNode problem = parse(response.body());
      err.println(
          "meeting-service answered "
              + response.statusCode()
              + ": "
              + (problem.hasNonNull("detail") ? problem.get("detail").asText() : response.body()));
      return 1;
    }
    out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(parse(response.body())));
    if (sub.equals("create")) {
      err.println("Keep the key now: Rollcall stores only its SHA-256 and never shows it again.");
    }
    return 0;
  }

  private static String firstApiKey(Map<String, String> env) {
    String keys = env.get("ROLLCALL_API_KEYS");
    if (keys == null || keys.isBlank()) {
      return null;
    }
    return keys.split(",")[0].strip();
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return JSON.createObjectNode().put("detail", body);
    }
  }

  private static int usage(PrintStream err) {
    err.println(
        "usage: ./rollcall keys create --scopes S1[,S2] [--label TEXT] | keys list | keys revoke"
            + " KEY_ID   (scopes: attendance:read, meetings:write, host-links, admin)");
    return 2;
  }
}
