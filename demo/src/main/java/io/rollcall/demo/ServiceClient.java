package io.rollcall.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** JSON over HTTP to one component; any answer but 2xx is a {@link DemoException} naming it. */
final class ServiceClient {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final String component;
  private final String baseUrl;
  private final String authorization;
  private final ObjectMapper json;
  private final HttpClient http;

  ServiceClient(String component, String baseUrl, String authorization, ObjectMapper json) {
    this.component = component;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.authorization = authorization;
    this.json = json;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** The same component with another {@code Authorization} header value. */
  ServiceClient withAuthorization(String value) {
    return new ServiceClient(component, baseUrl, value, json);
  }

  JsonNode get(String path) {
    return find(path)
        .orElseThrow(() -> new DemoException(component, "GET " + path + " answered 404"));
  }

  /** GET, with 404 as "not there (yet)". */
  Optional<JsonNode> find(String path) {
    HttpResponse<String> response = send(request(path).GET(), "GET", path);
    if (response.statusCode() == 404) {
      return Optional.empty();
    }
    return Optional.of(read(response, "GET", path));
  }

  /** GET with another {@code Accept} (e.g. {@code text/csv}); the body as text. */
  String getText(String path, String accept) {
    HttpResponse<String> response =
        send(request(path).setHeader("Accept", accept).GET(), "GET", path);
    if (response.statusCode() / 100 != 2) {
      throw new DemoException(
          component, "GET " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  JsonNode post(String path, Object body) {
    return read(send(request(path).POST(bodyOf(body)), "POST", path), "POST", path);
  }

  JsonNode put(String path, Object body) {
    return read(send(request(path).PUT(bodyOf(body)), "PUT", path), "PUT", path);
  }

  JsonNode delete(String path, Object body) {
    return read(send(request(path).method("DELETE", bodyOf(body)), "DELETE", path), "DELETE", path);
  }

  /**
   * The status code of {@code method path} with {@code body} (null: none), whatever it is: for
   * checking refusals (401, 403, 404).
   */
  int status(String method, String path, Object body) {
    HttpRequest.BodyPublisher publisher =
        body == null ? HttpRequest.BodyPublishers.noBody() : bodyOf(body);
    return send(request(path).method(method, publisher), method, path).statusCode();
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(TIMEOUT)
            .header("Accept", "application/json")
            .header("Content-Type", "application/json");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private HttpRequest.BodyPublisher bodyOf(Object body) {
    try {
      return HttpRequest.BodyPublishers.ofString(
          body == null ? "{}" : json.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot encode request body", e);
    }
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String method, String path) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (ConnectException e) {
      throw new DemoException(
          component, "not reachable at " + baseUrl + " (" + method + " " + path + ")", e);
    } catch (IOException e) {
      throw new DemoException(component, method + " " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoException(component, method + " " + path + " interrupted", e);
    }
  }

  private JsonNode read(HttpResponse<String> response, String method, String path) {
    int status = response.statusCode();
    if (status / 100 != 2) {
      throw new DemoException(
          component, method + " " + path + " answered " + status + ": " + response.body());
    }
    try {
      String body = response.body();
      return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new DemoException(component, method + " " + path + " answered invalid JSON", e);
    }
  }
}
