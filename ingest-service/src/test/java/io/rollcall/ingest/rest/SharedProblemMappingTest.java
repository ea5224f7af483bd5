package io.rollcall.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.rollcall.testsupport.KafkaTestResource;
import org.junit.jupiter.api.Test;

/**
 * ingest-service has no exception mappers of its own: these answers come from service-support's
 * {@code io.rollcall.support.rest.ProblemMappers}, found in the dependency jar. Its API-key filter
 * is not switched on here ({@code rollcall.api-auth.enabled}), so no request carries a key.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class SharedProblemMappingTest {

  @Test
  void unknownPathIsA404ProblemWithoutAnApiKey() {
    given()
        .get("/no-such-path")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("about:blank"))
        .body("title", equalTo("Not Found"))
        .body("status", equalTo(404))
        .body("detail", equalTo("HTTP 404 Not Found"));
  }

  @Test
  void wrongMethodIsA405Problem() {
    given()
        .get("/zoom/webhooks")
        .then()
        .statusCode(405)
        .contentType("application/problem+json")
        .body("title", equalTo("Method Not Allowed"));
  }

  @Test
  void unparsableJsonIsA400ProblemWithJacksonsReason() {
    postMalformed("{\"n\": ").body("detail", containsString("end-of-input"));
  }

  @Test
  void jsonOfTheWrongTypeIsA400Problem() {
    postMalformed("{\"n\": \"seven\"}").body("detail", containsString("int"));
  }

  @Test
  void unexpectedFailureIsA500ProblemThatKeepsItsMessageInTheLog() {
    given()
        .get("/test-problems/boom")
        .then()
        .statusCode(500)
        .contentType("application/problem+json")
        .body("title", equalTo("Internal Server Error"))
        .body("detail", equalTo("the request failed unexpectedly; see the service log"))
        .body(not(containsString("maria.lopez")));
  }

  private static ValidatableResponse postMalformed(String json) {
    return given()
        .contentType(ContentType.JSON)
        .body(json)
        .post("/test-problems/json")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("title", equalTo("Malformed JSON"));
  }
}
