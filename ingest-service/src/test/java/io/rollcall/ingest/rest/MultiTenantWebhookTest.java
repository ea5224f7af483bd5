package io.rollcall.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.rollcall.events.RawWebhookEnvelope;
import io.rollcall.ingest.domain.WebhookVerifier;
import io.rollcall.testsupport.KafkaTestResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Two Zoom accounts: tenant A is the default (ROLLCALL_ZOOM_ACCOUNT_ID and the test profile's
 * ROLLCALL_ZOOM_WEBHOOK_SECRETS), tenant B comes from a tenants file with secrets of its own. Each
 * account's events verify with its own secrets only, an account of neither is refused and counted,
 * and URL validation is answered with whichever tenant's secret signed it.
 */
@QuarkusTest
@TestProfile(MultiTenantWebhookTest.TwoTenants.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class MultiTenantWebhookTest {
  static final String ACCOUNT_A = "AcctTenantA0000000000001";
  static final String ACCOUNT_B = "AcctTenantB0000000000002";
  static final String SECRET_A = ZoomWebhookResourceTest.SECRET;
  static final String SECRET_B = "tenant_b_secret_7Hq2";
  static final String SECRET_B_ROTATED = "tenant_b_rotated_secret_x9";

  private static final Pattern COUNTER =
      Pattern.compile("(?m)^rollcall_ingest_requests_total\\{([^}]*)\\}\\s+([0-9.eE+-]+)$");

  /** Tenant A named as the default account, tenant B from a tenants file. */
  public static class TwoTenants implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "rollcall.zoom.account-id", ACCOUNT_A, "rollcall.tenants-file", tenantsFile().toString());
    }

    private static Path tenantsFile() {
      String json =
          """
          {"tenants": [{"account_id": "%s",
                        "zoom": {"webhook_secrets": ["%s", "%s"]}}]}
          """
              .formatted(ACCOUNT_B, SECRET_B, SECRET_B_ROTATED);
      try {
        Path file = Files.createTempFile("ingest-tenants-", ".json");
        file.toFile().deleteOnExit();
        return Files.writeString(file, json);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static byte[] joined(String accountId) throws IOException {
    String body =
        new String(
            ZoomWebhookResourceTest.sample("participant_joined.json"), StandardCharsets.UTF_8);
    String withAccount =
        accountId == null
            ? body.replace("\"account_id\": \"AcctSynth00000000000001\",", "")
            : body.replace("AcctSynth00000000000001", accountId);
    assertThat(withAccount).isNotEqualTo(body);
    return withAccount.getBytes(StandardCharsets.UTF_8);
  }

  private static io.restassured.response.Response post(
      byte[] body, String secret, String requestId) {
    String ts = ZoomWebhookResourceTest.now();
    return given()
        .contentType("application/json; charset=utf-8")
        .header("x-zm-request-timestamp", ts)
        .header("x-zm-signature", WebhookVerifier.sign(secret, ts, body))
        .header("x-zm-request-id", requestId)
        .body(body)
        .post("/zoom/webhooks");
  }

  private static String requestId(String prefix) {
    return prefix + "_" + UUID.randomUUID().toString().replace('-', '_');
  }

  @Test
  void tenantBsEventSignedWithBsSecretIsStoredAsTenantB() throws IOException {
    String requestId = requestId("tenant_b");

    post(joined(ACCOUNT_B), SECRET_B, requestId).then().statusCode(200);

    List<RawWebhookEnvelope> stored = RawTopic.envelopesWithDedupKey(requestId);
    assertThat(stored).hasSize(1);
    assertThat(stored.get(0).tenant()).isEqualTo(ACCOUNT_B);
  }

  @Test
  void tenantBsRotatedSecretVerifiesToo() throws IOException {
    String requestId = requestId("tenant_b_rot");

    post(joined(ACCOUNT_B), SECRET_B_ROTATED, requestId).then().statusCode(200);

    assertThat(RawTopic.envelopesWithDedupKey(requestId))
        .singleElement()
        .extracting(RawWebhookEnvelope::tenant)
        .isEqualTo(ACCOUNT_B);
  }

  @Test
  void theDefaultTenantsEventIsStoredAsTenantA() throws IOException {
    String requestId = requestId("tenant_a");

    post(joined(ACCOUNT_A), SECRET_A, requestId).then().statusCode(200);

    assertThat(RawTopic.envelopesWithDedupKey(requestId))
        .singleElement()
        .extracting(RawWebhookEnvelope::tenant)
        .isEqualTo(ACCOUNT_A);
  }

  @Test
  void tenantBsEventSignedWithAsSecretIs401AndNotStored() throws IOException {
    String requestId = requestId("b_with_a");

    post(joined(ACCOUNT_B), SECRET_A, requestId)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("detail", containsString("does not match"));
    post(joined(ACCOUNT_A), SECRET_B, requestId).then().statusCode(401);

    assertThat(RawTopic.envelopesWithDedupKey(requestId)).isEmpty();
  }

  @Test
  void anUnknownAccountIs401AndCountedAsUnknownAccount() throws IOException {
    String requestId = requestId("stranger");
    double before = rejected("unknown_account");
    String wrongSignature =
        post(joined(ACCOUNT_A), SECRET_B, requestId("wrong")).then().extract().asString();

    String unknownAccount =
        post(joined("AcctStranger000000000009"), SECRET_A, requestId)
            .then()
            .statusCode(401)
            .contentType("application/problem+json")
            .extract()
            .asString();
    assertThat(unknownAccount)
        .as("answered like a wrong signature: the answer does not tell which accounts exist")
        .isEqualTo(wrongSignature)
        .doesNotContain("AcctStranger");
    post(joined(null), SECRET_A, requestId).then().statusCode(401);

    assertThat(rejected("unknown_account")).isEqualTo(before + 2);
    assertThat(RawTopic.envelopesWithDedupKey(requestId)).isEmpty();
  }

  @Test
  void urlValidationIsAnsweredWithTheSecretOfTheTenantThatSignedIt() throws IOException {
    byte[] validation = ZoomWebhookResourceTest.sample("url_validation.json");

    post(validation, SECRET_B, requestId("val_b"))
        .then()
        .statusCode(200)
        .body("plainToken", equalTo("sYnTh_PlainTok3n_x81Q"))
        .body("encryptedToken", equalTo(encrypted(SECRET_B)));
    post(validation, SECRET_A, requestId("val_a"))
        .then()
        .statusCode(200)
        .body("encryptedToken", equalTo(encrypted(SECRET_A)));
    post(validation, "a-secret-of-no-tenant", requestId("val_none"))
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void aBodyThatIsNotJsonIs400ForAnyTenantsSignatureAnd401Otherwise() {
    byte[] garbage = "not json at all".getBytes(StandardCharsets.UTF_8);

    post(garbage, SECRET_B, requestId("garbage_b"))
        .then()
        .statusCode(400)
        .body("detail", containsString("not valid JSON"));
    post(garbage, "a-secret-of-no-tenant", requestId("garbage_none")).then().statusCode(401);
  }

  private static String encrypted(String secret) {
    return WebhookVerifier.encryptedToken(
        secret.getBytes(StandardCharsets.UTF_8), "sYnTh_PlainTok3n_x81Q");
  }

  /** rollcall.ingest.requests{outcome=rejected, reason=...} as /q/metrics shows it now. */
  static double rejected(String reason) {
    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    Matcher m = COUNTER.matcher(metrics);
    while (m.find()) {
      String labels = m.group(1);
      if (labels.contains("outcome=\"rejected\"") && labels.contains("reason=\"" + reason + "\"")) {
        return Double.parseDouble(m.group(2));
      }
    }
    return 0;
  }
}
