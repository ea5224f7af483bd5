package io.rollcall.simulator.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * One simulated Zoom account as an app sees it: its id, the Server-to-Server OAuth client that gets
 * tokens for it, and the webhook Secret Token its events are signed with.
 */
public record AccountCredentials(
    String accountId, String clientId, String clientSecret, String webhookSecret) {

  public AccountCredentials {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    Objects.requireNonNull(webhookSecret, "webhookSecret");
  }

  /** Whether {@code id:secret} is this account's client, compared in constant time. */
  public boolean acceptsClient(String id, String secret) {
    return clientId.equals(id)
        && MessageDigest.isEqual(
            clientSecret.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
  }

  public AccountCredentials withWebhookSecret(String secret) {
    return new AccountCredentials(accountId, clientId, clientSecret, secret);
  }

  /** Secrets never reach a log line. */
  @Override
  public String toString() {
    return "AccountCredentials[accountId=" + accountId + ", clientId=" + clientId + "]";
  }
}
