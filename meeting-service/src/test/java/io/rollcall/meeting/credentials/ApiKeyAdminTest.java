package io.rollcall.meeting.credentials;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.rollcall.support.tenant.KeyDigests;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Created API keys end to end inside meeting-service: created hashed, published on {@code
 * rollcall.credentials.v1}, accepted once the service has read that back, held to their scopes, and
 * refused with 401 once revoked.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class ApiKeyAdminTest {

  private static final String ADMIN = "test-key-1";

  @Inject EntityManager entityManager;

  @Test
  void aCreatedKeyWorksWithinItsScopesAndIsRefusedOnceRevoked() {
    var created =
        as(ADMIN)
            .body(Map.of("scopes", List.of("meetings:write"), "label", "scheduler"))
            .post("/admin/api-keys")
            .then()
            .statusCode(201)
            .body("key", startsWith("rk_"))
            .body("key_id", startsWith("key:"))
            .body("scopes", equalTo(List.of("meetings:write")))
            .body("label", equalTo("scheduler"))
            .body("created_by", startsWith("key:"))
            .extract()
            .jsonPath();
    String key = created.getString("key");
    String keyId = created.getString("key_id");
    assertThat(keyId).isEqualTo(KeyDigests.idOf(KeyDigests.sha256Hex(key)));

    // Known once read back from the credentials topic: an unknown meeting is then a 404, not 401.
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> as(key).get("/meetings/999000111").then().statusCode(404));
    as(key)
        .body(Map.of("host", "h@example.edu"))
        .post("/meetings/999000111/host-link")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("status", equalTo(403));
    as(key).get("/admin/api-keys").then().statusCode(403);

    as(ADMIN)
        .delete("/admin/api-keys/" + keyId)
        .then()
        .statusCode(200)
        .body("revoked_at", notNullValue())
        .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("key")));
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                as(key)
                    .get("/meetings/999000111")
                    .then()
                    .statusCode(401)
                    .header("WWW-Authenticate", "Bearer")
                    .contentType("application/problem+json"));
  }

  @Test
  void theKeyIsShownOnceAndStoredOnlyAsItsDigest() {
    String key =
        as(ADMIN)
            .body(Map.of("scopes", List.of("attendance:read")))
            .post("/admin/api-keys")
            .then()
            .statusCode(201)
            .extract()
            .path("key");
    String keyId = KeyDigests.idOf(KeyDigests.sha256Hex(key));

    var listed = as(ADMIN).get("/admin/api-keys").then().statusCode(200).extract().jsonPath();
    List<Map<String, Object>> keys = listed.getList("api_keys");
    assertThat(keys).anySatisfy(k -> assertThat(k).containsEntry("key_id", keyId));
    assertThat(keys).allSatisfy(k -> assertThat(k).doesNotContainKey("key"));
    assertThat(
            entityManager
                .createNativeQuery("SELECT count(*) FROM api_key WHERE sha256 = :d AND scopes = :s")
                .setParameter("d", KeyDigests.sha256Hex(key))
                .setParameter("s", "attendance:read")
                .getSingleResult())
        .isEqualTo(1L);
    assertThat(
            entityManager
                .createNativeQuery(
                    "SELECT count(*) FROM api_key k WHERE k::text LIKE '%' || :key || '%'")
                .setParameter("key", key)
                .getSingleResult())
        .isEqualTo(0L);
  }

  @Test
  void unknownScopesConfiguredKeysAndStrangersAreRefusedWithTheReason() {
    as(ADMIN)
        .body(Map.of("scopes", List.of("attendance:write")))
        .post("/admin/api-keys")
        .then()
        .statusCode(422)
        .body("detail", org.hamcrest.Matchers.containsString("attendance:write"));
    as(ADMIN).body(Map.of("label", "no scopes")).post("/admin/api-keys").then().statusCode(422);
    as(ADMIN)
        .delete("/admin/api-keys/" + KeyDigests.idOf(KeyDigests.sha256Hex("test-key-2")))
        .then()
        .statusCode(409);
    as(ADMIN).delete("/admin/api-keys/key:000000000000").then().statusCode(404);
    given().get("/admin/api-keys").then().statusCode(401).header("WWW-Authenticate", "Bearer");
    as("not-a-key").get("/admin/api-keys").then().statusCode(401);
  }

  private static RequestSpecification as(String key) {
    return given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON);
  }
}
