package io.rollcall.meeting.credentials;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.rollcall.support.tenant.Tenants;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * OIDC access tokens as the alternative to API keys: signed by a real issuer ({@link OidcIssuer},
 * discovery and JWKS over HTTP), scopes from the {@code scope} claim, tenant from {@code
 * rollcall_tenant}. Wrong signature, expiry, missing scope or tenant are refused; API keys keep
 * working beside tokens.
 */
@QuarkusTest
@TestProfile(OidcBearerTokenTest.WithOidc.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcIssuer.class, restrictToAnnotatedClass = true)
class OidcBearerTokenTest {

  /** A profile of its own: OIDC is switched on by {@link OidcIssuer}'s configuration. */
  public static class WithOidc implements QuarkusTestProfile {}

  @Inject Tenants tenants;

  @Test
  void aTokenWithTheScopeAndTheTenantIsLetThrough() {
    String token =
        OidcIssuer.token(Map.of("scope", "openid meetings:write", "rollcall_tenant", tenant()));
    // Authenticated and authorised: the meeting is simply unknown.
    call(token).get("/meetings/999000222").then().statusCode(404);
  }

  @Test
  void aTokenWithoutTheEndpointsScopeIsForbidden() {
    String token =
        OidcIssuer.token(Map.of("scope", "attendance:read", "rollcall_tenant", tenant()));
    call(token)
        .get("/meetings/999000222")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    String noHostLinks =
        OidcIssuer.token(Map.of("scope", "meetings:write", "rollcall_tenant", tenant()));
    call(noHostLinks)
        .body(Map.of("host", "h@example.edu"))
        .post("/meetings/999000222/host-link")
        .then()
        .statusCode(403);
  }

  @Test
  void aTokenWithoutATenantIsForbidden() {
    String token = OidcIssuer.token(Map.of("scope", "meetings:write"));
    call(token)
        .get("/meetings/999000222")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void aTokenNamingATenantNotConfiguredHereIsForbidden() {
    String token =
        OidcIssuer.token(Map.of("scope", "meetings:write", "rollcall_tenant", "AcctNotHere0001"));
    call(token)
        .get("/meetings/999000222")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void forgedAndExpiredTokensAreUnauthorised() {
    Map<String, Object> claims = Map.of("scope", "meetings:write", "rollcall_tenant", tenant());
    call(OidcIssuer.forgedToken(claims)).get("/meetings/999000222").then().statusCode(401);
    call(OidcIssuer.expiredToken(claims)).get("/meetings/999000222").then().statusCode(401);
  }

  @Test
  void apiKeysStillWorkBesideTokens() {
    given()
        .header("Authorization", "Bearer test-key-1")
        .get("/meetings/999000222")
        .then()
        .statusCode(404);
    given()
        .header("Authorization", "Bearer not-a-key")
        .get("/meetings/999000222")
        .then()
        .statusCode(401);
    given()
        .header("Authorization", "Bearer test-key-1")
        .contentType(ContentType.JSON)
        .body(Map.of("scopes", List.of("attendance:read")))
        .post("/admin/api-keys")
        .then()
        .statusCode(201);
  }

  private String tenant() {
    return tenants.defaultTenant().accountId();
  }

  private static io.restassured.specification.RequestSpecification call(String token) {
    return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
  }
}
