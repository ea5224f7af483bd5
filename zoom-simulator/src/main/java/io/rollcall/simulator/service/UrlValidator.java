package io.rollcall.simulator.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rollcall.simulator.domain.Signature;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** Zoom's endpoint.url_validation challenge (ZOOM-FACTS §1.6), signed like every event. */
@ApplicationScoped
public class UrlValidator {

  private final SimState state;
  private final WebhookSender sender;
  private final ObjectMapper mapper;
  private final HttpClient http = HttpClient.newHttpClient();

  public UrlValidator(SimState state, WebhookSender sender, ObjectMapper mapper) {
    this.state = state;
    this.sender = sender;
    this.mapper = mapper;
  }

  /**
   * Sends the challenge as the app of {@code accountId} (its secret token; null: the first account)
   * and says whether the reply carries the right encryptedToken in time.
   */
  public Map<String, Object> validate(String accountId) {
    WebhookSettings s = sender.settings();
    if (!s.hasUrl()) {
      throw new SimException(409, "no webhook URL configured");
    }
    String account = accountId == null ? state.accounts().primaryId() : accountId;
    if (state.accounts().credentials(account).isEmpty()) {
      throw new SimException(404, "unknown account_id " + account);
    }
    String secret = state.accounts().webhookSecret(account);
    String plainToken = state.ids().token(22);
    String expected = Signature.encryptToken(secret, plainToken);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("plain_token", plainToken);
    if (accountId != null) {
      result.put("account_id", accountId);
    }
    try {
      String body =
          mapper.writeValueAsString(state.events().urlValidation(plainToken, state.clock().now()));
      long ts = state.clock().wallNow().getEpochSecond();
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(s.url()))
              .timeout(s.timeout())
              .header("content-type", "application/json; charset=utf-8")
              .header("user-agent", "Zoom Marketplace/1.0a")
              .header("x-zm-request-timestamp", Long.toString(ts))
              .header("x-zm-signature", Signature.sign(secret, ts, body))
              .header("x-zm-request-id", state.ids().requestId())
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      JsonNode reply = response.body().isBlank() ? null : mapper.readTree(response.body());
      boolean valid =
          response.statusCode() == 200
              && reply != null
              && plainToken.equals(reply.path("plainToken").asText())
              && expected.equals(reply.path("encryptedToken").asText());
      result.put("status", response.statusCode());
      result.put("valid", valid);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      result.put("valid", false);
    } catch (Exception e) {
      result.put("valid", false);
      result.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    return result;
  }
}
