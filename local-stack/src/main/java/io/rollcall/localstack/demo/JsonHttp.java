package io.rollcall.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The demo's few JSON calls: a failure names the URL, the status and the service's answer. */
final class JsonHttp {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String apiKey;

  JsonHttp(String apiKey) {
    this.apiKey = apiKey;
  }

  JsonNode get(String url) throws IOException, InterruptedException {
    return send(request(url).GET().build());
  }

  JsonNode post(String url, Object body) throws IOException, InterruptedException {
    String json = body == null ? "{}" : JSON.writeValueAsString(body);
    return send(
        request(url)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  String getText(String url) throws IOException, InterruptedException {
    HttpRequest request = request(url).setHeader("Accept", "text/plain").GET().build();
    return check(request, client.send(request, HttpResponse.BodyHandlers.ofString()));
  }

  JsonNode postText(String url, String body) throws IOException, InterruptedException {
    return send(
        request(url)
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private HttpRequest.Builder request(String url) {
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofMinutes(11))
        .header("Accept", "application/json")
        .header("Authorization", "Bearer " + apiKey);
  }

  private JsonNode send(HttpRequest request) throws IOException, InterruptedException {
    String body = check(request, client.send(request, HttpResponse.BodyHandlers.ofString()));
    return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
  }

  private static String check(HttpRequest request, HttpResponse<String> response)
      throws IOException {
    if (response.statusCode() / 100 != 2) {
      throw new IOException(
          request.method()
              + " "
              + request.uri()
              + " answered "
              + response.statusCode()
              + ": "
              + response.body());
    }
    return response.body();
  }
}
