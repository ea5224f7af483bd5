package io.rollcall.attendance.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * service-support's API-key filter and problem+json mappers, found in the dependency jar, cover an
 * endpoint of this service that nothing else mentions, next to the service's own mappers. (How an
 * unexpected failure is answered: ingest-service's SharedProblemMappingTest.)
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class SharedRestSupportTest {

  @Test
  void anyNewEndpointNeedsAnApiKey() {
    given()
        .get("/test-unlisted")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", "Bearer")
        .body(
            "detail",
            equalTo(
                "send a valid API key or access token as 'Authorization: Bearer <credential>'"));
    // Issue 17: an endpoint that names no scope (@RolesAllowed) is denied even to a valid key.
    given()
        .auth()
        .oauth2("test-key-1")
        .get("/test-unlisted")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void unknownPathIsA404ProblemOnceTheKeyIsValid() {
    given()
        .auth()
        .oauth2("test-key-2")
        .get("/no-such-path")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("title", equalTo("Not Found"));
  }
}
